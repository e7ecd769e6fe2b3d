package org.newsfacts.extract.figures;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Scores the extractor on the five seed articles against their hand-checked gold figures and
 * holds the scores above floors. Prints precision, recall, F1, qualifier, value and unit accuracy
 * and every remaining miss.
 */
class GoldHarnessTest {

    static final Path GOLD = org.newsfacts.Fixtures.GOLD;

    /** Floors at the scores reached (see the report printed by the test). */
    static final double MIN_F1 = 0.97;
    static final double MIN_QUALIFIER_ACCURACY = 0.95;
    static final double MIN_SURFACE_AGREEMENT = 0.9;

    /** Scores of one run over the seeds. */
    record Scores(double precision, double recall, double f1, double qualifierAccuracy, double surfaceAgreement,
                  String report) {
    }

    @Test
    void seedFiguresMatchGold() throws IOException {
        FigureExtractor extractor = FigureExtractor.load(Path.of("models"));
        Scores naive = score(extractor, MatchingView::of, "line breaks repaired as the brief simulates them");
        System.out.println(naive.report());
        Scores pipeline = score(extractor, MatchingView::withPipelineRepair, "the pipeline's LineRepair");
        System.out.println(pipeline.report());
        assertTrue(naive.f1() >= MIN_F1, "F1 " + naive.f1() + " below " + MIN_F1 + naive.report());
        assertTrue(naive.qualifierAccuracy() >= MIN_QUALIFIER_ACCURACY,
                "qualifier accuracy " + naive.qualifierAccuracy() + naive.report());
        assertTrue(naive.surfaceAgreement() >= MIN_SURFACE_AGREEMENT,
                "surface agreement " + naive.surfaceAgreement() + naive.report());
    }

    private Scores score(FigureExtractor extractor, java.util.function.Function<String, String> viewOf, String label)
            throws IOException {
        List<Path> seeds = org.newsfacts.Fixtures.seedFiles();
        List<GoldScorer.Result> results = new ArrayList<>();
        java.util.Map<String, String> views = new java.util.HashMap<>();
        for (Path seed : seeds) {
            Path goldFile = GOLD.resolve(seed.getFileName() + ".gold.json");
            if (!Files.exists(goldFile)) {
                continue;
            }
            String view = viewOf.apply(Files.readString(seed, StandardCharsets.UTF_8));
            views.put(seed.getFileName().toString(), view);
            FigureContext ctx = FigureContext.forLanguage(GoldScorer.language(goldFile));
            List<Figure> found = extractor.extract(view, ctx);
            results.add(GoldScorer.score(seed.getFileName().toString(), view, found, GoldScorer.load(goldFile)));
        }
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int qualifierOk = 0;
        int surfaceOk = 0;
        StringBuilder report = new StringBuilder("\nGold figures of the seeds, " + label
                + " (match: span overlap, same value and unit)\n");
        for (GoldScorer.Result r : results) {
            String view = views.get(r.doc());
            tp += r.matched().size();
            fp += r.spurious().size();
            fn += r.missed().size();
            report.append(String.format("  %-28s tp %3d  fp %2d  fn %2d  unlocated gold %d%n", r.doc(),
                    r.matched().size(), r.spurious().size(), r.missed().size(), r.unlocated()));
            for (GoldScorer.Pair p : r.matched()) {
                boolean q = Objects.equals(p.gold().qualifier(), p.found().qualifierCode());
                qualifierOk += q ? 1 : 0;
                surfaceOk += p.sameSurface() ? 1 : 0;
                if (!q) {
                    report.append(String.format("    qualifier: %s → %s (gold %s) in «%s»%n", p.found().surface(),
                            p.found().qualifierCode(), p.gold().qualifier(), p.gold().context()));
                }
                if (!p.sameSurface()) {
                    report.append(String.format("    surface: %s (gold %s)%n", p.found().surface(), p.gold().surface()));
                }
            }
            for (GoldScorer.GoldFigure g : r.missed()) {
                report.append(String.format("    missed: %s = %s %s in «%s»%n", g.surface(), g.value().toPlainString(),
                        g.unit(), g.context()));
            }
            for (Figure f : r.spurious()) {
                int a = Math.max(0, f.start() - 12);
                int b = Math.min(view.length(), f.end() + 12);
                report.append(String.format("    spurious: %s = %s %s in «%s»%n", f.surface(),
                        f.value().toPlainString(), f.unit(), view.substring(a, b).replace('\n', ' ')));
            }
        }
        double precision = tp / (double) Math.max(1, tp + fp);
        double recall = tp / (double) Math.max(1, tp + fn);
        double f1 = 2 * precision * recall / Math.max(1e-9, precision + recall);
        double qualifierAccuracy = qualifierOk / (double) Math.max(1, tp);
        double surfaceAgreement = surfaceOk / (double) Math.max(1, tp);
        report.append(String.format("  precision %.3f  recall %.3f  F1 %.3f  qualifier accuracy %.3f  "
                + "surface agreement %.3f  (tp %d fp %d fn %d)%n", precision, recall, f1, qualifierAccuracy,
                surfaceAgreement, tp, fp, fn));
        return new Scores(precision, recall, f1, qualifierAccuracy, surfaceAgreement, report.toString());
    }
}
