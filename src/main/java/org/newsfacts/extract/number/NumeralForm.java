package org.newsfacts.extract.number;

/** How a numeral reads, independent of what it counts. */
public enum NumeralForm {
    /** A plain quantity: 117,542 / 二十四 / 16.9萬 / twenty-one / 2.48 billion. */
    CARDINAL,
    /** A position: 第4 / 第二百五十 / 21st / eighth. The value is the position. */
    ORDINAL,
    /** A part of a whole: 三分之一 / 三分一 / 3/4 / two thirds. The value is the fraction (0.333…). */
    FRACTION,
    /** A percentage in any spelling: 9% / 九成 / 百分之十五 / 2.4个百分点 / 15 per cent. The value is in percent (90 for 九成). */
    PERCENT
}
