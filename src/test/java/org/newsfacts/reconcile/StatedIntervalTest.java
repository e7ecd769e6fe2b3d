package org.newsfacts.reconcile;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsfacts.claims.Claim;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/** The range a figure allows, from how it is written (surfaces of the seed articles' gold figures). */
class StatedIntervalTest {

    @ParameterizedTest(name = "{0} ({1} {2} {3}) allows {4}")
    @CsvSource(delimiter = ';', nullValues = "-", value = {
            // surface; value; unit; qualifier; range as an editor reads it
            "9%;         9;            %;           -;      8.5–9.5%",
            "2.4%;       2.4;          %;           -;      2.35–2.45%",
            "0.1%;       0.1;          %;           -;      0.05–0.15%",
            "117,542;    117542;       count;       -;      exactly 117,542",
            "2,292;      2292;         per_million; -;      2,291.5–2,292.5 per million",
            "16.9萬;     169000;       count;       approx; 160,550–177,450",
            "16.9萬;     169000;       count;       -;      168,500–169,500",
            "4700;       4700;         count;       approx; 4,465–4,935",
            "60;         60;           count;       over;   more than 60",
            "5%;         5;            %;           under;  less than 5%",
            "90%;        90;           %;           approx; 85.5–94.5%",
            "九成;       90;           %;           -;      85–95%",
            "9成;        90;           %;           approx; 85–95%",
            "三分一;     33.33;        %;           -;      33.325–33.335%",
            "第四;       4;            rank;        -;      exactly No. 4",
            "seven;      7;            count;       -;      exactly 7",
            "1200亿美元; 120000000000; USD;         -;      USD 119,950,000,000–120,050,000,000",
            "2.48億美元; 248000000;    USD;         -;      USD 247,500,000–248,500,000",
            "25億9,700萬港元; 2597000000; HKD;      -;      HKD 2,596,995,000–2,597,005,000",
            "百億港元;   10000000000;  HKD;         -;      HKD 5,000,000,000–15,000,000,000",
            "1:9;        9;            ratio;       -;      1:8.5–1:9.5",
    })
    void aFigureAllowsItsWrittenPrecisionAndQualifier(String surface, String value, String unit, String qualifier,
                                                      String range) {
        Claim claim = new Claim("id", "doc.txt", "subject", "metric", new BigDecimal(value), unit, qualifier, null,
                null, null, 0, 1, surface, null, null, null);

        assertThat(Display.range(StatedInterval.of(claim), unit)).isEqualTo(range);
    }

    @ParameterizedTest(name = "{0} ({1} {2}, step {3}) allows {4}")
    @CsvSource(delimiter = ';', nullValues = "-", value = {
            // surface (null: not consulted); value; unit; step the number grammar recorded; range
            "-;          169000;       count;       1000;   168,500–169,500",
            "9.0%;       9;            %;           0.1;    8.95–9.05%",
            "117,542;    117542;       count;       1;      exactly 117,542",
            "2,292;      2292;         per_million; 1;      2,291.5–2,292.5 per million",
            "三分一;     33.33;        %;           0;      33.325–33.335%",
            "第四;       4;            rank;        1;      exactly No. 4",
    })
    void aClaimCarryingItsWrittenPrecisionIsNotReadAgainFromItsSurface(String surface, String value, String unit,
                                                                      String step, String range) {
        Claim claim = new Claim("id", "doc.txt", "subject", "metric", new BigDecimal(value), unit, null, null, null,
                null, 0, 1, surface, null, null, null, null, 1.0, new BigDecimal(step));

        assertThat(Display.range(StatedInterval.of(claim), unit)).isEqualTo(range);
    }
}
