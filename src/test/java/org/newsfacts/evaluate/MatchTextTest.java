package org.newsfacts.evaluate;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import org.junit.jupiter.api.Test;
import org.newsfacts.records.DocumentRecord;
import org.newsfacts.text.Span;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MatchTextTest {

    private static Span locate(String text, String context, String surface) {
        ScoredDocument document = ScoredDocument.of(new GoldDocument("doc", null, null, null, null, null, null, null, null),
                new DocumentRecord("doc", null, "ok", null, null, text,
                null, null, null, null, null, List.of(), List.of(), List.of(), List.of()));
        GoldLocator.Located located = GoldLocator.locate(document,
                List.of(new GoldLocator.Anchor(context, surface, surface))).get(0);
        assertTrue(located.found(), () -> "not located: " + located.problem());
        return located.span();
    }

    @Test
    void traditionalGoldContextIsFoundInSimplifiedText() {
        String simplified = ZhConverterUtil.toSimple(Seeds.repaired(Seeds.TAKUNGPAO));

        Span span = locate(simplified, "「深圳─香港─廣州」佔9%和首爾", "9%");

        assertEquals("9%", simplified.substring(span.start(), span.end()));
        assertTrue(simplified.substring(span.start() - 2, span.start()).contains("占"), "the Simplified 占 precedes it");
    }

    @Test
    void simplifiedGoldContextIsFoundInTraditionalText() {
        String traditional = ZhConverterUtil.toTraditional(Seeds.repaired(Seeds.HKCNA));

        Span span = locate(traditional, "从2024年第100位升至第98位", "第98位");

        assertEquals("第98位", traditional.substring(span.start(), span.end()));
    }

    @Test
    void fullWidthDigitsAndPunctuationMatchTheirAsciiForms() {
        String text = Seeds.repaired(Seeds.HKCNA).replace("PCT专利申请量(占全球12%)", "ＰＣＴ专利申请量（占全球１２％）");

        Span span = locate(text, "PCT专利申请量(占全球12%)", "12%");

        assertEquals("１２％", text.substring(span.start(), span.end()));
    }

    @Test
    void dashAndQuoteFormsDoNotMatter() {
        // 000 writes the box-drawing dash inside 「」; a gold copied from a mainland paper has “” and a hyphen.
        String text = Seeds.repaired(Seeds.TAKUNGPAO);

        Span span = locate(text, "“上海-蘇州”佔全球總量2.5%", "2.5%");

        assertEquals("2.5%", text.substring(span.start(), span.end()));
    }

    @Test
    void lineBreaksInsideAContextAreIgnored() {
        String raw = Seeds.raw(Seeds.TAKUNGPAO);

        Span context = locate(raw, "專利申請的密度為每百萬人2292個", null);
        Span surface = locate(raw, "專利申請的密度為每百萬人2292個", "2292");

        assertTrue(raw.substring(context.start(), context.end()).contains("\n\n"), "the raw context spans a break");
        assertEquals("2292", raw.substring(surface.start(), surface.end()));
    }

    @Test
    void repeatedContextIsResolvedByGoldOrder() {
        String text = Seeds.repaired(Seeds.CYBERPORT);
        ScoredDocument document = ScoredDocument.of(new GoldDocument("doc", null, null, null, null, null, null, null, null),
                new DocumentRecord("doc", null, "ok", null, null, text,
                null, null, null, null, null, List.of(), List.of(), List.of(), List.of()));
        GoldLocator.Anchor boilerplate = new GoldLocator.Anchor("數碼港匯聚超過2,200間企業", "2,200", "2,200");

        List<GoldLocator.Located> located = GoldLocator.locate(document, List.of(boilerplate, boilerplate));

        Span first = located.get(0).span();
        Span second = located.get(1).span();
        assertEquals("2,200", text.substring(first.start(), first.end()));
        assertEquals("2,200", text.substring(second.start(), second.end()));
        assertTrue(second.start() > first.end(), "the second gold item takes the second occurrence");
    }

    @Test
    void nameSeparatorsAndScriptDoNotMatterInNames() {
        // 000 writes the WIPO official's name with a full-width full stop; a pipeline may write a middle dot.
        assertEquals(MatchText.normalize("馬爾科．阿萊曼"), MatchText.normalize("马尔科·阿莱曼"));
    }
}
