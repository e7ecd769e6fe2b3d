package org.newsfacts.bench;

import org.newsfacts.claims.Claim;
import org.newsfacts.claims.ClaimIds;
import org.newsfacts.reconcile.ConflictsWriter;
import org.newsfacts.reconcile.ReconciledGroup;
import org.newsfacts.reconcile.Reconciler;
import org.newsfacts.reconcile.Reconciliation;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * How the reconciler scales: a synthetic corpus of claims shaped like the real ones (articles with a table of
 * counts and world shares for ten clusters, ranks, densities, top-N counts; three editions/periods; some
 * claims approximate or "over"; a few per cent misreported so that they conflict), reconciled and timed.
 *
 * <pre>java -cp target/newsfacts.jar org.newsfacts.bench.ReconcileBenchmark [CLAIMS] [SEED]</pre>
 */
public final class ReconcileBenchmark {
    private static final String[] PERIODS = {null, "2024", "2019-2023"};
    private static final String[][] INDICATORS = {{"pct_filings", "pct_share"}, {"pub_count", "pub_share"},
            {"vc_deals", "vc_share"}};
    private static final int SUBJECTS = 3_000;
    private static final int SUBJECTS_PER_ARTICLE = 10;
    /** Share of figures misreported: each makes its group a conflict. */
    static final double MISREPORTED = 0.01;

    /** What one run measured. */
    public record Result(int claims, int docs, int conflicts, int agreements, int notes,
                         Map<ReconciledGroup.Kind, Long> conflictKinds, long reconcileMillis,
                         long medianMillis, double claimsPerSecond, long claimsHeapBytes, long resultHeapBytes,
                         long writeMillis) {
    }

    private ReconcileBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int claims = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 20250902L;
        // The metrics' words and roles (models/claims), from the models folder named third or the project's own.
        Result result = run(Path.of(args.length > 2 ? args[2] : "models"), claims, seed, 5);
        DecimalFormat n = new DecimalFormat("#,##0");
        System.out.println("claims            " + n.format(result.claims()) + " from " + n.format(result.docs())
                + " articles");
        System.out.println("groups            " + n.format(result.conflicts()) + " conflicts, "
                + n.format(result.agreements()) + " agreements, " + n.format(result.notes()) + " notes");
        System.out.println("conflict kinds    " + result.conflictKinds());
        System.out.println("reconcile         " + n.format(result.reconcileMillis()) + " ms best of 5 (median "
                + n.format(result.medianMillis()) + " ms), " + n.format(result.claimsPerSecond()) + " claims/s");
        System.out.println("heap, claims      " + mb(result.claimsHeapBytes()));
        System.out.println("heap, result      " + mb(result.resultHeapBytes()) + " (groups, checks, explanations)");
        System.out.println("write conflicts   " + n.format(result.writeMillis()) + " ms");
        System.out.println("cores             " + Runtime.getRuntime().availableProcessors() + ", max heap "
                + mb(Runtime.getRuntime().maxMemory()));
    }

    /** Generates {@code claimCount} claims, reconciles them {@code repeats} times and measures the best run. */
    public static Result run(Path models, int claimCount, long seed, int repeats) throws IOException {
        long before = usedHeap();
        List<Claim> claims = generate(claimCount, seed, MISREPORTED);
        long claimsHeap = usedHeap() - before;
        int docs = (int) claims.stream().map(Claim::doc).distinct().count();

        Reconciler reconciler = Reconciler.load(models);
        long[] nanos = new long[Math.max(1, repeats)];
        Reconciliation result = null;
        long resultHeap = 0;
        for (int i = 0; i < nanos.length; i++) {
            result = null;
            long baseline = usedHeap();
            long start = System.nanoTime();
            result = reconciler.reconcile(claims);
            nanos[i] = System.nanoTime() - start;
            resultHeap = usedHeap() - baseline;
        }
        Arrays.sort(nanos);
        long best = nanos[0];
        long median = nanos[nanos.length / 2];
        Path dir = Files.createTempDirectory("reconcile-bench");
        long writeStart = System.nanoTime();
        ConflictsWriter.write(dir, result);
        long writeMillis = (System.nanoTime() - writeStart) / 1_000_000;
        Files.deleteIfExists(dir.resolve(ConflictsWriter.FILE));
        Files.deleteIfExists(dir);

        long millis = Math.max(1, best / 1_000_000);
        Map<ReconciledGroup.Kind, Long> kinds = new TreeMap<>(result.conflicts().stream()
                .collect(Collectors.groupingBy(ReconciledGroup::kind,
                        Collectors.counting())));
        return new Result(claims.size(), docs, result.conflicts().size(), result.agreements().size(),
                result.notes().size(), kinds, millis, median / 1_000_000, claims.size() * 1000.0 / millis,
                claimsHeap, resultHeap, writeMillis);
    }

    /**
     * Articles of about sixty claims: one edition (period) each, ten clusters with a table of PCT, publication
     * and VC counts and world shares (shares rounded to one decimal, as printed), each cluster's rank (and, in
     * one of ten, its place in an intensity ranking), a density, and the top-10 count of two economies. The true values are fixed per key, so articles
     * agree unless a figure is misreported on purpose.
     */
    public static List<Claim> generate(int claimCount, long seed, double misreported) {
        SplittableRandom random = new SplittableRandom(seed);
        World world = new World(seed);
        List<Claim> claims = new ArrayList<>(claimCount + 40);
        for (int doc = 0; claims.size() < claimCount; doc++) {
            String name = String.format(Locale.ROOT, "bench/%06d.txt", doc);
            String sha = Integer.toHexString(name.hashCode());
            String period = PERIODS[random.nextInt(PERIODS.length)];
            int offset = 0;
            int first = random.nextInt(SUBJECTS);
            for (int s = 0; s < SUBJECTS_PER_ARTICLE && claims.size() < claimCount; s++) {
                int subject = (first + s * 7) % SUBJECTS;
                for (String[] indicator : INDICATORS) {
                    long count = world.count(subject, indicator[0], period);
                    BigDecimal share = BigDecimal.valueOf(count * 100.0 / world.total(indicator[0], period))
                            .setScale(1, RoundingMode.HALF_UP);
                    claims.add(claim(name, sha, offset++, subject, indicator[0], misreport(random, misreported,
                            BigDecimal.valueOf(count)), "count", null, period, null, group(count)));
                    if (share.signum() > 0) {
                        BigDecimal value = misreport(random, misreported, share);
                        claims.add(claim(name, sha, offset++, subject, indicator[1], value, "%", null, period, null,
                                value.toPlainString() + "%"));
                    }
                }
                BigDecimal rank = misreport(random, misreported, BigDecimal.valueOf(world.rank(subject, period)));
                claims.add(claim(name, sha, offset++, subject, "rank", rank, "rank", null, period, null,
                        "第" + rank.toPlainString()));
                BigDecimal density = BigDecimal.valueOf(world.count(subject, "density", period) % 5_000 + 10);
                boolean approx = random.nextDouble() < 0.05;
                claims.add(claim(name, sha, offset++, subject, "pct_density", misreport(random, misreported, density),
                        "per_million", approx ? Claim.APPROX : null, period, null, group(density.longValue())));
                if (random.nextDouble() < 0.1) {
                    // An intensity ranking beside the overall one: a different scope, never compared with rank.
                    claims.add(claim(name, sha, offset++, subject, "rank", BigDecimal.valueOf(1 + subject % 20),
                            "rank", null, period, "intensity", "第" + (1 + subject % 20)));
                }
            }
            for (int e = 0; e < 2; e++) {
                int economy = random.nextInt(World.ECONOMIES);
                claims.add(claim(name, sha, offset++, "Economy " + economy, "clusters_in_top_n",
                        BigDecimal.valueOf(world.topTen(economy)), "count", null,
                        period == null ? "top10" : period + " top10", null, Integer.toString(world.topTen(economy))));
            }
        }
        claims.sort(Comparator.comparing(Claim::doc));
        return claims.subList(0, claimCount);
    }

    private static BigDecimal misreport(SplittableRandom random, double misreported, BigDecimal value) {
        if (random.nextDouble() >= misreported) {
            return value;
        }
        // A wrong figure: a third higher, far beyond any rounding.
        return value.multiply(new BigDecimal("1.34")).setScale(Math.max(0, value.scale()), RoundingMode.HALF_UP)
                .add(BigDecimal.ONE);
    }

    private static Claim claim(String doc, String sha, int index, int subject, String metric, BigDecimal value,
                               String unit, String qualifier, String period, String scope, String surface) {
        return claim(doc, sha, index, "Cluster " + subject, metric, value, unit, qualifier, period, scope, surface);
    }

    private static Claim claim(String doc, String sha, int index, String subject, String metric, BigDecimal value,
                               String unit, String qualifier, String period, String scope, String surface) {
        int start = index * 16;
        int end = start + surface.length();
        return new Claim(ClaimIds.of(sha, start, end, metric, subject), doc, subject, metric, value, unit, qualifier,
                period, scope, null, start, end, surface, null, null, null);
    }

    private static String group(long value) {
        return new DecimalFormat("#,##0").format(value);
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static String mb(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1_048_576.0);
    }

    /** The true values, derived from the key by hashing so that every article sees the same ones. */
    private static final class World {
        static final int ECONOMIES = 40;
        private final long seed;
        private final Map<String, Long> totals = new HashMap<>();

        World(long seed) {
            this.seed = seed;
        }

        long count(int subject, String metric, String period) {
            long h = mix(seed ^ subject * 0x9E3779B97F4A7C15L ^ metric.hashCode() * 31L
                    ^ (period == null ? 0 : period.hashCode()));
            // Skewed like real clusters: a few very large, most small.
            double u = (h >>> 11) * 0x1.0p-53;
            return 500 + (long) (150_000 * Math.pow(u, 4));
        }

        /** The world total of an indicator: the sum over all subjects, so the shares add up to 100%. */
        long total(String metric, String period) {
            return totals.computeIfAbsent(metric + "|" + period, k -> {
                long sum = 0;
                for (int s = 0; s < SUBJECTS; s++) {
                    sum += count(s, metric, period);
                }
                return sum;
            });
        }

        int rank(int subject, String period) {
            return 1 + (int) Math.floorMod(mix(seed ^ subject * 131L ^ (period == null ? 7 : period.hashCode())),
                    (long) SUBJECTS);
        }

        int topTen(int economy) {
            return economy < 4 ? 1 + economy % 3 : 0;
        }

        private static long mix(long z) {
            z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
            z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
            return z ^ (z >>> 31);
        }
    }
}
