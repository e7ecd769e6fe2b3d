package org.newsfacts.evaluate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NumericValuesTest {

    @ParameterizedTest(name = "gold {0} vs extracted {1}: {2}")
    @CsvSource({
            "9, 9.0, true",
            "169000, 1.69E5, true",
            "120000000000, 1.2E11, true",
            "33.33, 33.333333, true",
            "33.33, 33.3, false",
            "9, 9.4, false",
            "2.4, 2.45, false",
            "12, 9, false"})
    void valuesCompareAsNumbersNotAsText(String gold, String extracted, boolean same) {
        assertEquals(same, NumericValues.same(new BigDecimal(gold), new BigDecimal(extracted)));
    }
}
