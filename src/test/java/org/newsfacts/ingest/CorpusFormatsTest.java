package org.newsfacts.ingest;

import org.junit.jupiter.api.Test;
import org.newsfacts.Fixtures;
import org.newsfacts.pipeline.ArticleResult;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsfacts.Fixtures.squeeze;

/** Every form an article arrives in yields the article's own sentences. */
class CorpusFormatsTest {

    private static ArticleResult read(String name) throws Exception {
        Path path = Fixtures.CORPUS.resolve(name);
        ArticleResult result = Fixtures.processor().process(new SourceFile(path, name, Files.size(path)));
        assertThat(result.error()).as(name).isNull();
        return result;
    }

    @Test
    void readsANewspaperPageLaidOutInTwoColumnsOfPdf() throws Exception {
        ArticleResult pdf = read("003_fc18a87fd1563ce0.pdf");
        assertThat(pdf.mediaType()).isEqualTo("application/pdf");
        assertThat(pdf.text().text())
                .contains("園區首期入駐企業超60家、出租率達八成，二期規劃全面落地，整體樓面面積較原規劃擴容七成")
                .contains("十年間，香港初創企業從千餘家躍升至近4700家");
        assertThat(pdf.metadata().title()).isEqualTo("創新指數登榜首 港數碼競爭力領跑亞洲");
    }

    @Test
    void readsAPressReleaseInWord() throws Exception {
        ArticleResult docx = read("001_393174bd8e1c55be.docx");
        assertThat(docx.text().text())
                .contains("數碼港匯聚超過 2,200 間企業，包括 5 間上市公司及 7 間獨角獸企業")
                .contains("總投資額高達 25 億 9,700 萬港元");
        assertThat(docx.metadata().published()).hasToString("2025-09-01");
    }

    @Test
    void decodesPlainTextInBig5() throws Exception {
        ArticleResult big5 = read("004_590e8b99fe6055a9.big5.txt");
        assertThat(big5.charset()).isEqualToIgnoringCase("Big5");
        assertThat(big5.text().text()).contains("十強中，中國佔3席，包括深港穗集群、北京（第4）及上海蘇州集群（第6）");
        assertThat(big5.text().text()).isEqualTo(read("004_590e8b99fe6055a9.txt").text().text());
    }

    @Test
    void decodesPlainTextInUtf8() throws Exception {
        ArticleResult utf8 = read("002_7c878330511f077d.txt");
        assertThat(utf8.charset()).isEqualToIgnoringCase("UTF-8");
        assertThat(utf8.text().text()).contains("PCT国际专利申请量全球占比12%");
    }

    @Test
    void keepsAllOfAWebPagesArticleParagraphs() throws Exception {
        String page = squeeze(read("002_7c878330511f077d.html").text().text());
        String seed = Fixtures.corpusText("002_7c878330511f077d.txt");
        String body = seed.substring(seed.indexOf("香港新闻网9月18日电"), seed.indexOf("(完)") + 3);
        for (String paragraph : body.split("\n")) {
            if (!paragraph.isBlank()) {
                assertThat(page).contains(squeeze(paragraph));
            }
        }
    }

    @Test
    void dropsAWebPagesRelatedNewsListAndNavigation() throws Exception {
        String page = read("002_7c878330511f077d.html").text().text();
        assertThat(page).doesNotContain("热门资讯").doesNotContain("中国工商银行(亚洲)扩大")
                .doesNotContain("香港歌手李国祥去世").doesNotContain("特首办谈李家超再访中东");
    }

    @Test
    void takesAWebPagesMetadataFromItsMetaTags() throws Exception {
        ArticleResult html = read("002_7c878330511f077d.html");
        assertThat(html.metadata().title()).isEqualTo("港深广科技集群超越东京-横滨登顶全球创新榜首");
        assertThat(html.metadata().outlet()).isEqualTo("香港新闻网");
        assertThat(html.metadata().published()).hasToString("2025-09-18");
    }

    @Test
    void repairsTheNewspapersBrokenLines() throws Exception {
        String text = read("000_f31145e2631746c2.txt").text().text();
        assertThat(text).contains("香港特別行政區政府發言人表示").contains("世界百強創新集群發布活動昨日舉行");
    }
}
