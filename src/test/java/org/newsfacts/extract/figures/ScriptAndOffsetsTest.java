package org.newsfacts.extract.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.newsfacts.text.normalize.ScriptConverter;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The extractor reads raw and converted text alike, and its offsets point into the text it was given. */
class ScriptAndOffsetsTest {

    private static final String RAW = "數碼港匯聚超過 2,200 間企業，初創累計融資超過 443 億港元，目前與近30間企業商談，專利使用率高達三成。";

    @Test
    void rawAndMatchingViewGiveTheSameFigures() {
        String view = MatchingView.of(RAW);
        List<Figure> raw = Figures.in(RAW);
        List<Figure> converted = Figures.in(view);
        assertEquals(raw.size(), converted.size());
        for (int i = 0; i < raw.size(); i++) {
            assertEquals(0, raw.get(i).value().compareTo(converted.get(i).value()));
            assertEquals(raw.get(i).unit(), converted.get(i).unit());
            assertEquals(raw.get(i).qualifier(), converted.get(i).qualifier());
        }
        assertEquals(4, raw.size());
    }

    @Test
    void fullWidthPunctuationIsReadLikeAscii() {
        Figure ratio = Figures.one("引資比率達到１：９", "１：９");
        assertEquals(FigureUnits.RATIO, ratio.unit());
        assertEquals(0, ratio.value().compareTo(BigDecimal.valueOf(9)));
        assertEquals(0, Figures.in("佔全球總量的２．４％").get(0).value().compareTo(new BigDecimal("2.4")));
    }

    @Test
    void offsetsPointIntoTheGivenText() {
        for (Figure f : Figures.in(RAW)) {
            assertEquals(f.surface(), f.span().coveredText(RAW));
        }
        String simplified = ScriptConverter.shared().toSimplified(RAW);
        for (Figure f : Figures.in(simplified)) {
            assertEquals(f.surface(), f.span().coveredText(simplified));
        }
    }

    @Test
    void aFigureValueIsAPlainDecimal() {
        Figure f = new Figure(0, 4, "百億港元", new BigDecimal("1E+10"), FigureUnits.HKD, null);
        assertEquals("10000000000", f.value().toPlainString());
        assertEquals("10000000000", f.value().toString());
    }

    @Test
    void aFigureRejectsAnInvertedSpan() {
        assertThrows(IllegalArgumentException.class,
                () -> new Figure(5, 2, "x", BigDecimal.ONE, FigureUnits.COUNT, null));
    }

    @Test
    void theContextFollowsTheDocumentLanguage() {
        assertEquals(FigureUnits.CNY, FigureContext.forLanguage("zh-Hans").yuanCurrency());
        assertEquals(FigureUnits.HKD, FigureContext.forLanguage("zh-Hant").yuanCurrency());
    }
}
