package org.newsfacts.extract.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsfacts.extract.number.Numerals.assertValue;
import static org.newsfacts.extract.number.Numerals.only;
import static org.newsfacts.extract.number.Numerals.texts;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Digits: separators, decimals, full-width forms, signs, scale suffixes, chains that are not numbers. */
class ArabicNumeralTest {

    @Test
    void readsThousandsSeparators() {
        Numeral n = only("PCT提交的國際專利申請量 117,542 135,129", "117,542");
        assertValue("117542", n);
        assertTrue(n.has(Numeral.GROUPED));
    }

    @Test
    void keepsTableCellsApart() {
        assertEquals(List.of("6,916", "5,154", "16,296"), texts("風險資本交易量\n6,916\n5,154\n\n16,296"));
    }

    @Test
    void readsDecimals() {
        assertValue("10.3", only("「東京─橫濱」，佔10.3%", "10.3%"));
        assertValue("0.08", only("yields .08 on average", ".08"));
    }

    @Test
    void readsFullWidthDigitsAndSeparators() {
        assertValue("4565", only("４，５６５", "４，５６５"));
        assertValue("2.2", only("２．２", "２．２"));
    }

    @Test
    void doesNotGroupAcrossAFullWidthCommaBetweenAsciiDigits() {
        // "$20，300美圆": a clause comma, not a thousands separator.
        assertEquals(List.of("20", "300"), texts("价格：$20，300美圆"));
    }

    @Test
    void readsSpacesAsThousandsSeparatorsOnlyInGroupsOfThree() {
        assertValue("1414021100", only("China's population is 1 414 021 100.", "1 414 021 100"));
        assertEquals(List.of("3166", "3993"), texts("電話︰（852）3166 3993").subList(1, 3));
    }

    @Test
    void aMinusSignIsPartOfTheNumberButABulletDashIsNot() {
        assertValue("-10000", only("-10000", "-10000"));
        assertValue("15", only("- 15所香港實驗室納入國家重點實驗室體系", "15"));
    }

    @Test
    void aHyphenBetweenNumbersIsARangeNotASign() {
        List<Numeral> years = Numerals.PLAIN.scan("2020-2025年全球创新集群");
        assertEquals(List.of("2020", "2025"), years.stream().map(n -> n.text("2020-2025年全球创新集群")).toList());
        assertTrue(years.stream().allMatch(n -> n.value().signum() > 0));
    }

    @Test
    void readsLetterScales() {
        assertValue("1200000000", only("a loss of 1.2bn", "1.2bn"));
        assertValue("40000", only("40k", "40k"));
        assertValue("10000000", only("I can give you 10M.", "10M"));
    }

    @Test
    void readsALowerCaseMAsMillionOnlyAfterMoney() {
        assertValue("449000000", only("US$449m", "449m"));
        assertTrue(texts("1m isn't a number.").isEmpty());
    }

    @Test
    void lettersGluedToDigitsMakeAnIdentifierNotANumber() {
        assertTrue(texts("香港人工智能大模型HKGAI V3早前發布").isEmpty());
        assertTrue(texts("the 180ml liquid").isEmpty());
        assertTrue(texts("订单号 A202107211321363588510367").isEmpty());
    }

    @Test
    void readsAUnitWordGluedToDigitsWhenTheScannerKnowsIt() {
        NumeralScanner scanner = NumeralScanner.create(List.of(), List.of("rmb", "usd"));
        assertValue("1200000000", only(scanner, "a loss of Rmb1.2bn", "1.2bn"));
        assertValue("115", only(scanner, "115USD", "115"));
    }

    @Test
    void readsExponentsAndPowers() {
        assertValue("1300000", only("1.3e6", "1.3e6"));
        assertValue("32", only("2^5", "2^5"));
        assertValue("0.4", only("2.5^-1", "2.5^-1"));
    }

    @Test
    void splitsDottedChainsAndMarksThem() {
        List<Numeral> parts = Numerals.PLAIN.scan("明報社評 2025.09.02：灣區創科");
        assertEquals(3, parts.size());
        assertTrue(parts.stream().allMatch(n -> n.has(Numeral.DOTTED)));
    }

    @Test
    void splitsSlashChainsAndReadsSlashFractions() {
        List<Numeral> date = Numerals.PLAIN.scan("Any time to meet on 5/17/2018?");
        assertEquals(3, date.size());
        assertTrue(date.stream().allMatch(n -> n.has(Numeral.CHAIN)));
        Numeral mixed = only("2  1/4", "2  1/4");
        assertEquals(NumeralForm.FRACTION, mixed.form());
        assertValue("2.25", mixed);
    }

    @Test
    void skipsWebAndMailAddresses() {
        assertTrue(texts("https://drive.google.com/drive/folders/10NG2AIRCOo4t8XrOm_27oUfLn-3e1pLH").isEmpty());
        assertTrue(texts("電郵︰rachel.ng2@a-world.com.hk").isEmpty());
        assertTrue(texts("https://www.test.com/search?q=30%25%2020%").isEmpty());
    }
}
