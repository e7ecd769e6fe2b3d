package org.newsfacts.extract.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsfacts.extract.figures.Figures.assertFigure;
import static org.newsfacts.extract.figures.Figures.in;
import static org.newsfacts.extract.figures.Figures.one;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Amounts of money: currency words before and after, 元 by context, minor units. */
class MoneyFigureTest {

    @Test
    void hongKongDollarsIncludeScaleAndCurrencyInTheSurface() {
        assertFigure(one("初創累計融資超過 443 億港元", "443 億港元"), "44300000000", FigureUnits.HKD, Qualifier.OVER);
    }

    @Test
    void anAmountBrokenBySpacesIsOneFigure() {
        assertFigure(one("總投資額高達 25 億 9,700 萬港元", "25 億 9,700 萬港元"), "2597000000", FigureUnits.HKD, null);
    }

    @Test
    void anAmountAndItsConversionAreTwoFigures() {
        List<Figure> f = in("連同共同投資的投資總額達到 19.4 億港元（2.48 億美元）");
        assertEquals(2, f.size());
        assertFigure(f.get(0), "1940000000", FigureUnits.HKD, null);
        assertFigure(f.get(1), "248000000", FigureUnits.USD, null);
    }

    @Test
    void usDollarsInSimplifiedText() {
        assertFigure(one("风险投资交易量(超1200亿美元)", "1200亿美元", FigureContext.MAINLAND), "120000000000",
                FigureUnits.USD, Qualifier.OVER);
    }

    @Test
    void yuanIsRenminbiOnTheMainland() {
        assertFigure(one("奖池金额攀升至36.57亿元。", "36.57亿元", FigureContext.MAINLAND), "3657000000",
                FigureUnits.CNY, null);
    }

    @Test
    void yuanTakesTheLocalCurrencyElsewhere() {
        assertFigure(one("政府撥款50億元支持創科", "50億元"), "5000000000", FigureUnits.HKD, null);
        assertTrue(in("政府撥款50億元支持創科", new FigureContext(false, null)).isEmpty());
    }

    @Test
    void renminbiAfterYuanBelongsToTheAmount() {
        assertFigure(one("8亿元人民币", "8亿元人民币", FigureContext.HONG_KONG), "800000000", FigureUnits.CNY, null);
    }

    @Test
    void anUnmarkedBigAmountBeforeAMoneyNounIsMoney() {
        assertFigure(one("百億基金扶持新興創科產業", "百億"), "10000000000", FigureUnits.HKD, null);
        assertFigure(one("百億港元創科產業引導基金落地運行", "百億港元"), "10000000000", FigureUnits.HKD, null);
    }

    @Test
    void englishSymbolsAndScales() {
        List<Figure> f = in("Cathay posted a loss of HK$3.5 billion (US$449m) and Rmb1.2bn.");
        assertEquals(List.of("HK$3.5 billion", "US$449m", "Rmb1.2bn"), f.stream().map(Figure::surface).toList());
        assertFigure(f.get(0), "3500000000", FigureUnits.HKD, null);
        assertFigure(f.get(1), "449000000", FigureUnits.USD, null);
        assertFigure(f.get(2), "1200000000", FigureUnits.CNY, null);
    }

    @Test
    void minorUnitsAddToTheAmount() {
        assertFigure(one("这个手机壳五元三毛", "五元三毛", FigureContext.MAINLAND), "5.3", FigureUnits.CNY, null);
        assertFigure(one("it only cost 3 dollars 50 cents.", "3 dollars 50 cents"), "3.5", FigureUnits.USD, null);
    }

    @Test
    void theMoneyReadingKeepsAmountsInTheUnitNamed() {
        MoneyMention m = Figures.EXTRACTOR.money("onvia.com inc., down 34 cents", FigureContext.HONG_KONG).get(0);
        assertEquals(0, m.amount().compareTo(BigDecimal.valueOf(34)));
        assertEquals(0, m.value().compareTo(new BigDecimal("0.34")));
    }

    @Test
    void anAmountPerUnitIsNotAFigure() {
        assertTrue(in("香港港投公司每1元的投资", FigureContext.MAINLAND).isEmpty());
    }
}
