package org.newsfacts.evaluate;

import org.newsfacts.Fixtures;
import org.newsfacts.text.Span;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The real development articles of {@code corpus/} and their gold, which tests build their fixtures from. */
final class Seeds {

    static final Path GOLD = Fixtures.required(Fixtures.GOLD);

    static final String TAKUNGPAO = "000_f31145e2631746c2.txt";
    static final String CYBERPORT = "001_393174bd8e1c55be.txt";
    static final String HKCNA = "002_7c878330511f077d.txt";
    static final String MINGPAO = "004_590e8b99fe6055a9.txt";

    private Seeds() {
    }

    /** The article as the PDF extraction left it, line breaks inside sentences and all. */
    static String raw(String doc) {
        return Fixtures.corpusText(doc);
    }

    /** Roughly what line-break repair yields: breaks between two Chinese characters removed. */
    static String repaired(String doc) {
        return raw(doc).replaceAll("(?<=[^\\x00-\\x7F])[ \\t]*\\n\\s*(?=[^\\x00-\\x7F])", "");
    }

    /** The span of {@code surface} inside the one occurrence of {@code anchor} in {@code text}. */
    static Span at(String text, String anchor, String surface) {
        int anchorAt = text.indexOf(anchor);
        assertTrue(anchorAt >= 0, "anchor not in text: " + anchor);
        assertEquals(-1, text.indexOf(anchor, anchorAt + 1), "anchor not unique: " + anchor);
        int surfaceAt = anchor.indexOf(surface);
        assertTrue(surfaceAt >= 0, "surface not in anchor: " + surface);
        return new Span(anchorAt + surfaceAt, anchorAt + surfaceAt + surface.length());
    }
}
