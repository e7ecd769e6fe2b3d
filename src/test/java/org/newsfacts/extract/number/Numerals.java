package org.newsfacts.extract.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.math.BigDecimal;
import java.util.List;

/** Assertion helpers for the grammar tests. */
final class Numerals {

    static final NumeralScanner PLAIN = NumeralScanner.create();

    private Numerals() {
    }

    /** The one numeral whose text is {@code text}. */
    static Numeral only(String sentence, String text) {
        return only(PLAIN, sentence, text);
    }

    static Numeral only(NumeralScanner scanner, String sentence, String text) {
        List<Numeral> found = scanner.scan(sentence).stream().filter(n -> n.text(sentence).equals(text)).toList();
        if (found.size() != 1) {
            fail("expected one numeral «" + text + "» in «" + sentence + "», got "
                    + scanner.scan(sentence).stream().map(n -> n.text(sentence)).toList());
        }
        return found.get(0);
    }

    static void assertValue(String expected, Numeral n) {
        assertEquals(0, new BigDecimal(expected).compareTo(n.value()),
                () -> "value " + n.value().toPlainString() + ", expected " + expected);
    }

    static List<String> texts(String sentence) {
        return PLAIN.scan(sentence).stream().map(n -> n.text(sentence)).toList();
    }
}
