package org.newsfacts.evaluate;

import org.newsfacts.records.DocumentRecord;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Decides which output document each gold article is scored against. The corpus holds copies of an
 * article under other extensions and folders ({@code 002_….txt}, {@code 002_….html}); the article's
 * own file is scored by default, the copies only when asked, each on its own.
 */
public final class DocumentPairing {

    /** The primary pairs (one per gold article), the copies, and what looked wrong on the way. */
    public record Pairing(List<ScoredDocument> primary, List<ScoredDocument> copies, List<String> warnings) {
    }

    private DocumentPairing() {
    }

    public static Pairing pair(List<GoldDocument> golds, List<DocumentRecord> outputs) {
        List<String> warnings = new ArrayList<>();
        Map<String, DocumentRecord> byDoc = new LinkedHashMap<>();
        for (DocumentRecord output : outputs) {
            if (output.doc() == null) {
                warnings.add(OutputRun.DOCUMENTS + ": a record without doc was skipped");
            } else if (byDoc.putIfAbsent(output.doc(), output) != null) {
                warnings.add(OutputRun.DOCUMENTS + ": doc " + output.doc() + " appears more than once; the first is scored");
            }
        }
        Set<String> goldDocs = golds.stream().map(GoldDocument::doc).collect(Collectors.toSet());
        List<ScoredDocument> primary = new ArrayList<>();
        List<ScoredDocument> copies = new ArrayList<>();
        for (GoldDocument gold : golds) {
            // A file that is itself another gold article (a/x.txt vs b/x.txt) is never a copy of this one.
            List<DocumentRecord> sameArticle = byDoc.values().stream()
                    .filter(output -> stem(output.doc()).equals(stem(gold.doc())))
                    .filter(output -> output.doc().equals(gold.doc()) || !goldDocs.contains(output.doc()))
                    .sorted(Comparator.comparingInt((DocumentRecord output) -> closeness(gold.doc(), output.doc()))
                            .thenComparing(DocumentRecord::doc))
                    .toList();
            if (sameArticle.isEmpty()) {
                warnings.add("gold " + gold.doc() + ": no output document of that name or stem");
                primary.add(ScoredDocument.of(gold, null));
                continue;
            }
            primary.add(ScoredDocument.of(gold, sameArticle.get(0)));
            sameArticle.stream().skip(1).forEach(copy -> copies.add(ScoredDocument.of(gold, copy)));
        }
        return new Pairing(List.copyOf(primary), List.copyOf(copies), List.copyOf(warnings));
    }

    /** The file name without folders and without its last extension. */
    public static String stem(String doc) {
        String name = fileName(doc);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** 0 for the same path, 1 for the same file name in another folder, 2 for another extension. */
    private static int closeness(String goldDoc, String outputDoc) {
        if (goldDoc.equals(outputDoc)) {
            return 0;
        }
        return fileName(goldDoc).equals(fileName(outputDoc)) ? 1 : 2;
    }

    private static String fileName(String doc) {
        return doc.substring(doc.lastIndexOf('/') + 1);
    }
}
