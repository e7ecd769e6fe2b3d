package org.newsfacts.claims;

import org.newsfacts.files.LexiconFile;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keeps editions of the ranking apart across a run. Which metrics hold one value per edition is read from
 * {@code models/claims/edition-metrics.txt} (the binder gives only their claims an edition). Each article's
 * claims are written with the period of the edition it reports left empty; once the run knows the newest edition
 * among its articles, each claim's period is written again from its {@link ClaimTime} for that edition, so claims
 * from articles about an older one carry that edition's year ("2024", or "2024 top10" for a top-N count) and a
 * 2024 report's rank never meets a 2025 report's in one group.
 */
public final class EditionPeriods {
    private final Set<String> editionMetrics;

    private EditionPeriods(Set<String> editionMetrics) {
        this.editionMetrics = Set.copyOf(editionMetrics);
    }

    public static EditionPeriods load(Path modelsDir) {
        Path file = modelsDir.resolve("claims").resolve("edition-metrics.txt");
        return new EditionPeriods(Set.copyOf(LexiconFile.read(file).lines()));
    }

    /** Whether a metric holds one value per edition of the ranking (a place, a share), unlike a park's occupancy. */
    boolean tiedToEdition(String metric) {
        return editionMetrics.contains(metric);
    }

    /** The claims with older editions' periods filled in; {@code editions} maps doc to its edition year. */
    public List<Claim> apply(List<Claim> claims, Map<String, String> editions) {
        return apply(claims, newest(editions.values()));
    }

    /** The newest of the run's editions (null entries are articles that report none), or null. */
    public static String newest(java.util.Collection<String> editions) {
        return editions.stream().filter(e -> e != null).max(String::compareTo).orElse(null);
    }

    /**
     * As {@link #apply(List, Map)} with the run's newest edition already known, so that a runner holding only
     * some articles at a time (a Spark task) dates their claims exactly as one pass over the whole run would.
     */
    public List<Claim> apply(List<Claim> claims, String newest) {
        List<Claim> out = new ArrayList<>(claims.size());
        for (Claim c : claims) {
            out.add(apply(c, newest));
        }
        return out;
    }

    /**
     * One claim with its period written for the run's {@code newest} edition; a run that streams its claims knows
     * the newest edition only at the end. The claim's own {@link ClaimTime} says its edition; a claim without one
     * (not from the binder) keeps its period.
     */
    public Claim apply(Claim c, String newest) {
        return c.dated(newest);
    }
}
