package org.newsfacts.extract.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsfacts.extract.figures.Figures.surfaces;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Numbers that state no quantity: dates, years, times, phones, addresses, names, idioms, hedges. */
class NotAFigureTest {

    @ParameterizedTest(name = "«{0}»")
    @ValueSource(strings = {
        "香港，2025 年 9 月 1 日 - 世界知識產權組織今日（9 月 1 日）發布",
        "2019年至\n2023年間",
        "In 2022, Hong Kong's IP revenues",
        "明報社評 2025.09.02：灣區創科實力獲肯定",
        "2020-2025年全球創新集群",
        "創始人\n2025-09-18 14:01:17\n0\n",
        "會議於下午3時30分開始",
        "Any time to meet on 5/17/2018?",
        "It was signed on September 1, 2025."
    })
    void datesYearsAndTimes(String text) {
        assertEquals(List.of(), surfaces(text));
    }

    @ParameterizedTest(name = "«{0}»")
    @ValueSource(strings = {
        "電話︰（852）3166 3993",
        "電話︰（852）2114 4972",
        "電郵︰maggiehuiml @cyberport.hk",
        "https://drive.google.com/drive/folders/1JzG44gxZcIlZV0PSCWHa2TsRtFcOLc0W?usp=sharing",
        "詳情請瀏覽：https://www.cyberport.hk/zh_tw/。"
    })
    void phonesAndAddresses(String text) {
        assertEquals(List.of(), surfaces(text));
    }

    @ParameterizedTest(name = "«{0}»")
    @ValueSource(strings = {
        "華為與新加坡國立大學攜手攻關6G",
        "香港主動對接國家「十五五」規劃戰略",
        "香港人工智能大模型HKGAI V3早前發布",
        "重點項目InnoHK創新香港研發平台",
        "創新科技署推出 「產學研1+計劃」",
        "為 「嫦娥八號」 研發一款多功能月面機械人",
        "Beijing's 14th Five-Year Plan",
        "COVID-19 cases",
        "让三地资源高效流动,真正实现了“1+1+1>3”的协同效应"
    })
    void namesPlansAndSlogans(String text) {
        assertEquals(List.of(), surfaces(text).stream().filter(s -> !s.equals("三地")).toList());
    }

    @ParameterizedTest(name = "«{0}»")
    @ValueSource(strings = {
        "世界一流高校",
        "一些企業",
        "統一規劃",
        "獨一無二的深港創科要素",
        "一河之隔、一體聯動",
        "香港是唯一的國際金融中心",
        "數十項創科資助計劃全面鋪開",
        "從頂尖科研的「從0到1」突破",
        "過去一年"
    })
    void wordsThatContainANumeralAndHedges(String text) {
        assertEquals(List.of(), surfaces(text));
    }

    @org.junit.jupiter.api.Test
    void aLoneNumberOnItsLineIsNotAFigure() {
        assertEquals(List.of("5,891"), surfaces("5,891\n\n1\n\n精益\n求精"));
        assertEquals(List.of(), surfaces("創始人\n0\n\n香港新聞網9月18日電"));
    }
}
