package org.newsfacts.extract.figures;

import org.newsfacts.extract.number.Numeral;

import java.nio.file.Path;
import java.util.List;

/** A news sentence as the figure decision's readers see it: its text and the numerals the number grammar reads. */
final class Numerals {
    static final FigureLexicon LEXICON = FigureLexicon.load(Path.of("models"));

    private Numerals() {
    }

    /** The numeral written {@code written} in {@code text} (the first such). */
    static Numeral numeral(String text, String written) {
        List<Numeral> all = Figures.EXTRACTOR.scanner().scan(text);
        return all.stream().filter(x -> text.substring(x.start(), x.end()).equals(written)).findFirst()
                .orElseThrow(() -> new AssertionError("no numeral '" + written + "' among "
                        + all.stream().map(x -> text.substring(x.start(), x.end())).toList()));
    }

    /** Every numeral of {@code text}, in text order, as the figure decision walks them. */
    static List<Numeral> all(String text) {
        return Figures.EXTRACTOR.scanner().scan(text);
    }

    /** The index among {@link #all} of the numeral written {@code written} (the first such). */
    static int index(String text, String written) {
        return all(text).indexOf(numeral(text, written));
    }

    static FigureText text(String text) {
        return new FigureText(text);
    }
}
