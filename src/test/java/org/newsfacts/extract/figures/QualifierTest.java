package org.newsfacts.extract.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsfacts.extract.figures.Figures.one;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The words that make a figure approximate, a lower bound or an upper bound. */
class QualifierTest {

    @ParameterizedTest(name = "{1} in «{0}» is {2}")
    @CsvSource(delimiter = '|', value = {
        "已產生約 2,500 個項目流量 | 2,500 | APPROX",
        "百強集群共吸引了近16.9萬筆風險資本交易 | 16.9萬 | APPROX",
        "香港初創企業總量接近4700家 | 4700 | APPROX",
        "首期入駐率約90% | 90% | APPROX",
        "年增長20%左右 | 20% | APPROX",
        "about 30 companies | 30 | APPROX",
        "nearly 40 start-ups | 40 | APPROX",
        "around 15% of deals | 15% | APPROX",
        "至今累計超350個發明專利申請 | 350 | OVER",
        "數碼港匯聚超過 2,200 間企業 | 2,200 | OVER",
        "中大現有逾2400個獲授權專利 | 2400 | OVER",
        "30多家企業 | 30 | OVER",
        "100家以上 | 100 | OVER",
        "香港初創企業從千餘家躍升 | 千餘 | OVER",
        "over 200 investors | 200 | OVER",
        "more than 550 IP rights | 550 | OVER",
        "出租率不足五成 | 五成 | UNDER",
        "少於10間 | 10 | UNDER",
        "未達三成 | 三成 | UNDER",
        "under 5% of the total | 5% | UNDER",
        "less than 1,000 jobs | 1,000 | UNDER"
    })
    void qualifierWords(String sentence, String surface, Qualifier expected) {
        assertEquals(expected, one(sentence, surface).qualifier());
    }

    @ParameterizedTest(name = "{1} in «{0}» has no qualifier")
    @CsvSource(delimiter = '|', value = {
        "專利使用率高達三成 | 三成",
        "總投資額高達 25 億 9,700 萬港元 | 25 億 9,700 萬港元",
        "amounted to just 0.1% | 0.1%",
        "經過3年努力 | 3年"
    })
    void wordsThatAreNotQualifiers(String sentence, String surface) {
        assertEquals(null, one(sentence, surface).qualifier());
    }
}
