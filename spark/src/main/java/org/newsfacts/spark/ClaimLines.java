package org.newsfacts.spark;

import org.newsfacts.claims.Claim;
import org.newsfacts.records.ClaimRecord;
import org.newsfacts.claims.EditionPeriods;
import org.newsfacts.records.OutputJson;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Claims travel between stages as their {@code claims.jsonl} lines: a claim record holds every field of a
 * claim, so the line is both the output and the shuffle's payload.
 */
final class ClaimLines {
    private ClaimLines() {
    }

    static Claim claim(String line) {
        try {
            return OutputJson.mapper().readValue(line, ClaimRecord.class).toClaim();
        } catch (IOException e) {
            throw new UncheckedIOException("not a claims.jsonl line: " + line, e);
        }
    }

    static String line(Claim claim) {
        return ArticleRows.json(OutputJson.mapper(), ClaimRecord.of(claim));
    }

    /** The article's claims with the run's editions applied, as the CLI's output writer applies them. */
    static List<String> dated(ArticleRows article, EditionPeriods editions, String newest) {
        if (article.claims().isEmpty()) {
            return List.of();
        }
        List<Claim> claims = new ArrayList<>(article.claims().size());
        article.claims().forEach(line -> claims.add(claim(line)));
        return editions.apply(claims, newest).stream().map(ClaimLines::line).toList();
    }
}
