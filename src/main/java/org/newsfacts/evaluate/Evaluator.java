package org.newsfacts.evaluate;

import org.newsfacts.records.ClaimRecord;
import org.newsfacts.records.DocumentRecord;
import org.newsfacts.records.FigureRecord;
import org.newsfacts.records.MentionRecord;
import org.newsfacts.records.QuoteRecord;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Scores an output folder against a gold folder. The evaluator only reads files, so it scores any run
 * that follows the output contract, whichever tool wrote it.
 */
public final class Evaluator {

    public static final String PRIMARY_SCOPE = "primary";

    private final List<CategoryScorer> documentScorers = List.of(new FigureScorer(), MentionScorer.clusters(),
            MentionScorer.people(), new QuoteScorer(), new ClaimScorer());
    private final CategoryScorer corpusScorer = new ConflictScorer();

    /** Every {@code category.metric} a floor may name. */
    public List<String> floorKeys() {
        return Stream.concat(documentScorers.stream(), Stream.of(corpusScorer))
                .flatMap(scorer -> Stream.concat(CategoryResult.COUNT_METRICS.stream(), scorer.attributes().stream())
                        .map(metric -> scorer.category() + "." + metric))
                .toList();
    }

    /** @throws IllegalArgumentException naming the first floor on a metric no category reports */
    public void checkFloorsAreKnown(List<Floor> floors) {
        List<String> known = floorKeys();
        for (Floor floor : floors) {
            if (!known.contains(floor.key())) {
                throw new IllegalArgumentException("no metric " + floor.key() + "; known: " + String.join(", ", known));
            }
        }
    }

    public Report evaluate(Path outputFolder, Path goldFolder, boolean allCopies, List<Floor> floors)
            throws BadInputException {
        return evaluate(outputFolder, goldFolder, allCopies, floors, null);
    }

    /**
     * As {@link #evaluate(Path, Path, boolean, List)}, scoring only the gold articles {@code docsFile} lists
     * (one doc name a line, {@code #} comments): one half of a set for tuning, the other for checking. The
     * conflicts of a subset are not scored, since a conflict spans articles on both sides of any split.
     */
    public Report evaluate(Path outputFolder, Path goldFolder, boolean allCopies, List<Floor> floors, Path docsFile)
            throws BadInputException {
        checkFloorsAreKnown(floors);
        GoldSet gold = GoldSet.load(goldFolder);
        if (docsFile != null) {
            gold = gold.subset(DocumentList.read(docsFile));
        }
        OutputRun run = OutputRun.load(outputFolder);
        SpeakerAliases speakers = gold.speakers();
        DocumentPairing.Pairing pairing = DocumentPairing.pair(gold.documents(), run.documents());
        List<String> warnings = new ArrayList<>(pairing.warnings());
        if (docsFile != null) {
            warnings.add("only the " + gold.documents().size() + " articles " + docsFile
                    + " lists are scored; conflicts span a whole run and are not scored on a subset");
        }
        warnings.addAll(strayRecords(run));

        ScopeReport primary = score(new EvaluationScope(PRIMARY_SCOPE, pairing.primary(), run, gold.corpus(), gold.speakers()),
                true);
        List<ScopeReport> copies = List.of();
        if (allCopies) {
            copies = pairing.copies().stream()
                    .map(copy -> score(new EvaluationScope(copy.outputDoc(), List.of(copy), run, Optional.empty(),
                            speakers), false))
                    .toList();
        } else if (!pairing.copies().isEmpty()) {
            warnings.add(pairing.copies().size() + " copies of gold articles under other names were not scored"
                    + " (--all-copies scores each on its own)");
        }
        int inOutput = (int) pairing.primary().stream().filter(d -> d.output() != null).count();
        return new Report(outputFolder.toString(), goldFolder.toString(), gold.documents().size(), inOutput, primary,
                copies, check(floors, primary), List.copyOf(warnings));
    }

    private ScopeReport score(EvaluationScope scope, boolean withCorpus) {
        List<CategoryResult> categories = new ArrayList<>();
        documentScorers.forEach(scorer -> categories.add(scorer.score(scope)));
        if (withCorpus) {
            categories.add(corpusScorer.score(scope));
        }
        List<String> documents = scope.documents().stream()
                .map(d -> d.outputDoc() == null ? d.goldDoc() + " (missing)" : d.outputDoc())
                .toList();
        return new ScopeReport(scope.name(), documents, List.copyOf(categories));
    }

    static List<FloorResult> check(List<Floor> floors, ScopeReport primary) {
        List<FloorResult> results = new ArrayList<>();
        for (Floor floor : floors) {
            String wanted = floor.key() + " >= " + floor.minimum();
            CategoryResult category = primary.category(floor.category()).orElse(null);
            if (category == null || !category.scored()) {
                String why = category == null ? "not scored" : category.status().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                        + " (" + category.detail() + ")";
                results.add(new FloorResult(floor.key(), floor.minimum(), null, false,
                        wanted + ": " + floor.category() + " " + why));
                continue;
            }
            Double actual = category.metric(floor.metric()).orElse(null);
            if (actual == null) {
                results.add(new FloorResult(floor.key(), floor.minimum(), null, false, wanted + ": nothing to measure"));
            } else {
                boolean met = actual >= floor.minimum();
                results.add(new FloorResult(floor.key(), floor.minimum(), actual, met,
                        String.format(Locale.ROOT, "%s: %.3f%s", wanted, actual, met ? "" : ", NOT MET")));
            }
        }
        return List.copyOf(results);
    }

    /** Records naming a doc that documents.jsonl lacks: usually a path written differently by one stage. */
    private static List<String> strayRecords(OutputRun run) {
        Set<String> docs = run.documents().stream().map(DocumentRecord::doc).collect(Collectors.toSet());
        List<String> warnings = new ArrayList<>();
        run.figures().ifPresent(r -> stray(OutputRun.FIGURES, r, FigureRecord::doc, docs, warnings));
        run.mentions().ifPresent(r -> stray(OutputRun.MENTIONS, r, MentionRecord::doc, docs, warnings));
        run.quotes().ifPresent(r -> stray(OutputRun.QUOTES, r, QuoteRecord::doc, docs, warnings));
        run.claims().ifPresent(r -> stray(OutputRun.CLAIMS, r, ClaimRecord::doc, docs, warnings));
        return warnings;
    }

    private static <T> void stray(String file, List<T> records, Function<T, String> docOf, Set<String> docs,
                                  List<String> warnings) {
        long count = records.stream().filter(r -> !docs.contains(docOf.apply(r))).count();
        if (count > 0) {
            warnings.add(file + ": " + count + " records name a doc that " + OutputRun.DOCUMENTS + " does not list");
        }
    }
}
