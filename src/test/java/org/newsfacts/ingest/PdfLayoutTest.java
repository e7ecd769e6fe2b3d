package org.newsfacts.ingest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Paragraphs rebuilt from where a PDF's lines sit: each test typesets real news sentences into a column whose
 * width puts a line break at a chosen place, reads the PDF back, and checks what became of the break.
 */
class PdfLayoutTest {

    private static String read(byte[] pdf) throws ReadFailure {
        return new PdfArticleReader().read(pdf, 100_000).text();
    }

    /** A column that ends an English paragraph's first line right after {@code through}: the next word does not fit. */
    private static float englishColumnEndingAfter(String through) {
        return TypesetPdf.measure(false, through) + 1f;
    }

    /** A column that ends a Chinese paragraph's first (indented) line right after {@code through}. */
    private static float chineseColumnEndingAfter(String through) {
        return TypesetPdf.measure(true, through) + 1f;
    }

    @Test
    void aNumberAndItsUnitSplitAcrossLinesAreOneFigureAgain() throws Exception {
        String sentence = "Tokyo is home to Mitsubishi Electric, the cluster’s top applicant in 2023, which reported"
                + " ¥4.476 trillion ($30bn) in revenue in 2022.";
        float column = englishColumnEndingAfter("Tokyo is home to Mitsubishi Electric, the cluster’s top applicant in"
                + " 2023, which reported ¥4.476");
        String text = read(TypesetPdf.english(column).paragraph(sentence).bytes());
        assertThat(text).isEqualTo(sentence);
    }

    @Test
    void aPersonsNameSplitAcrossLinesIsWholeAgain() throws Exception {
        String sentence = "Domestic Trade and Cost of Living Minister Datuk Armizan Mohd Ali said this was a"
                + " significant achievement for Malaysia on the global innovation stage.";
        float column = englishColumnEndingAfter("Domestic Trade and Cost of Living Minister Datuk Armizan");
        String text = read(TypesetPdf.english(column).paragraph(sentence).bytes());
        assertThat(text).contains("Datuk Armizan Mohd Ali said").isEqualTo(sentence);
    }

    @Test
    void aPlaceNameSplitAcrossLinesIsWholeAgain() throws Exception {
        String sentence = "He said Kuala Lumpur's inclusion in the top 100 demonstrated Malaysia's capability to"
                + " compete internationally, particularly in scientific research and technological advancement.";
        String text = read(TypesetPdf.english(englishColumnEndingAfter("He said Kuala")).paragraph(sentence).bytes());
        assertThat(text).contains("Kuala Lumpur's inclusion").isEqualTo(sentence);
    }

    @Test
    void aChineseFirstLineWithDigitsIsFullSoTheNameItBreaksStaysWhole() throws Exception {
        // The first line holds digits and Latin letters, narrower than Han characters: it holds more characters
        // than the lines under it and still fills the column.
        String paragraph = "新华社香港9月27日电(记者褚萌萌)世界知识产权组织27日发布的《2023年全球创新指数》显示,"
                + "香港继续排名前列,保持全球创新优势。";
        String text = read(TypesetPdf.chinese(chineseColumnEndingAfter("新华社香港9月27日电(记者褚"))
                .paragraph(paragraph).bytes());
        assertThat(text).contains("记者褚萌萌").isEqualTo(paragraph);
    }

    @Test
    void aChineseOrdinalBrokenAfterItsPrefixIsWholeAgain() throws Exception {
        String paragraph = "日前,世界知識產權組織發佈2023年全球創新指數排名顯示,“深圳--香港--廣州”科技集羣連續四年"
                + "蟬聯全球第二位,而香港的排名在亞洲保持第五位、在全球132個經濟體中排名第17位。";
        float column = chineseColumnEndingAfter("日前,世界知識產權組織發佈2023年全球創新指數排名顯示,“深圳--香港--廣州”"
                + "科技集羣連續四年蟬聯全球第");
        String text = read(TypesetPdf.chinese(column).paragraph(paragraph).bytes());
        assertThat(text).contains("全球第二位").isEqualTo(paragraph);
    }

    @Test
    void runningHeadersAndPageNumbersAreDroppedAndTheParagraphFlowsOnToTheNextPage() throws Exception {
        String first = "KUALA LUMPUR: Kuala Lumpur has made history by appearing for the first time among the top 100,"
                + " ranking 93rd in the Science and Technology (S&T) Cluster of the Global Innovation Index (GII) 2024,"
                + " published by the World Intellectual Property Organisation (WIPO).";
        String second = "Domestic Trade and Cost of Living Minister Datuk Armizan Mohd Ali said this was a significant"
                + " achievement for Malaysia on the global innovation stage, positioning Kuala Lumpur ahead of several"
                + " other major economic clusters.";
        byte[] pdf = TypesetPdf.english(200).runningHeader("THE STAR  |  Nation  |  Friday, 27 September 2024")
                .linesPerPage(6).paragraph(first).paragraph(second).bytes();
        String text = read(pdf);
        assertThat(text).doesNotContain("THE STAR").doesNotContain("Nation");
        assertThat(text).isEqualTo(first + "\n\n" + second);
    }

    @Test
    void aFullLastLineBeforeAnIndentedParagraphKeepsItsBreak() throws Exception {
        // 92 characters of one width: with a two-character indent the column takes 45 and then 47, so the
        // paragraph's last line fills the column exactly, and only the indent below says the paragraph ended.
        String first = "陳茂波指，這次排名顯示當局推動「金融＋創科」雙互促進的發展策略，是正確的方向。善用香港全鏈條的籌融資功能"
                + "優勢，加上港投公司作為「耐心資本」，更好引導和槓桿市場力量加快創科的發展和突破。";
        String second = "全球首5位依次為瑞士、瑞典、美國、南韓和新加坡，而內地則躋身前十位。";
        float column = TypesetPdf.measure(true, first) / 2 + 0.5f;
        String text = read(TypesetPdf.chinese(column).paragraph(first).paragraph(second).bytes());
        assertThat(text).isEqualTo(first + "\n\n" + second);
    }

    @Test
    void aHeadingInLargerTypeStaysALineOfItsOwn() throws Exception {
        String body = "Tokyo-Yokohama came in first as the top performing cluster among the top 100.";
        byte[] pdf = TypesetPdf.english(150).heading("Tokyo-Yokohama").paragraph(body).bytes();
        assertThat(read(pdf)).isEqualTo("Tokyo-Yokohama\n\n" + body);
    }

    @Test
    void aShortLineEndingASentenceIsNotJoinedToTheNextParagraph() throws Exception {
        String first = "China has as many major scientific centers as the United States.";
        String second = "Seoul (Republic of Korea) and San José-San Francisco (United States) follow.";
        byte[] pdf = TypesetPdf.english(180).paragraph(first).paragraph(second).bytes();
        assertThat(read(pdf)).isEqualTo(first + "\n\n" + second);
    }
}
