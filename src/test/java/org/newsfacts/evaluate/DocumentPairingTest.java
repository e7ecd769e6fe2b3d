package org.newsfacts.evaluate;

import org.junit.jupiter.api.Test;
import org.newsfacts.records.DocumentRecord;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DocumentPairingTest {

    private static GoldDocument gold(String doc) {
        return new GoldDocument(doc, null, null, null, null, null, null, null, null);
    }

    private static DocumentRecord output(String doc) {
        return new DocumentRecord(doc, null, "ok", null, null, "",
                null, null, null, null, null, List.of(), List.of(), List.of(), List.of());
    }

    @Test
    void anotherGoldArticleWithTheSameStemIsNotACopy() {
        DocumentPairing.Pairing pairing = DocumentPairing.pair(List.of(gold("a/x.txt"), gold("b/x.txt")),
                List.of(output("b/x.txt"), output("a/x.txt")));

        assertEquals(List.of("a/x.txt", "b/x.txt"),
                pairing.primary().stream().map(ScoredDocument::outputDoc).toList());
        assertEquals(List.of(), pairing.copies());
    }
}
