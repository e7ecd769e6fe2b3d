package org.newsfacts.extract.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

/** Shared extractor and assertions for the figure tests. */
final class Figures {

    static final FigureExtractor EXTRACTOR = FigureExtractor.load(Path.of("models"));

    private Figures() {
    }

    static List<Figure> in(String text) {
        return EXTRACTOR.extract(text, FigureContext.HONG_KONG);
    }

    static List<Figure> in(String text, FigureContext ctx) {
        return EXTRACTOR.extract(text, ctx);
    }

    static List<String> surfaces(String text) {
        return in(text).stream().map(Figure::surface).toList();
    }

    /** The one figure with this surface. */
    static Figure one(String text, String surface) {
        return one(text, surface, FigureContext.HONG_KONG);
    }

    static Figure one(String text, String surface, FigureContext ctx) {
        List<Figure> found = in(text, ctx).stream().filter(f -> f.surface().equals(surface)).toList();
        if (found.size() != 1) {
            fail("expected one figure «" + surface + "» in «" + text + "», got " + describe(in(text, ctx)));
        }
        return found.get(0);
    }

    /** Value, unit and qualifier of a figure. */
    static void assertFigure(Figure f, String value, String unit, Qualifier qualifier) {
        assertEquals(0, new BigDecimal(value).compareTo(f.value()),
                () -> f.surface() + ": value " + f.value().toPlainString() + ", expected " + value);
        assertEquals(unit, f.unit(), () -> f.surface() + ": unit");
        assertEquals(qualifier, f.qualifier(), () -> f.surface() + ": qualifier");
    }

    static String describe(List<Figure> figures) {
        return figures.stream().map(f -> f.surface() + "=" + f.value().toPlainString() + " " + f.unit()
                + (f.qualifier() == null ? "" : " " + f.qualifierCode())).toList().toString();
    }
}
