package org.newsfacts.output;

import org.junit.jupiter.api.Test;
import org.newsfacts.Fixtures;
import org.newsfacts.ingest.SourceFile;
import org.newsfacts.pipeline.ArticleResult;
import org.newsfacts.records.DocumentRecord;
import org.newsfacts.records.MentionRecord;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** documents.jsonl names the paragraphs that are page furniture, which no extractor read. */
class DocumentFurnitureTest {

    @Test
    void aPagesVideoListIsListedAsFurnitureAndYieldsNoPerson() throws IOException {
        // 香港新聞網 2023 (dev2 06): the page ends with a video list naming 卓永興 and 鄧炳強 (CONVENTIONS rule 1).
        Path page = Fixtures.required(Fixtures.DEV2_ARTICLES.resolve("06_hkcna_second_four_years_2023.txt"));
        ArticleResult result = Fixtures.processor().process(new SourceFile(page, "06.txt", Files.size(page)));
        DocumentRecord record = result.document();
        assertThat(record.furniture()).extracting(b -> record.text().substring(b.start(), b.end()))
                .startsWith("視頻", "更 多").contains("為什麼需要愛國教育?卓永興:中華民族是我們的根");
        assertThat(result.mentions()).extracting(MentionRecord::id).doesNotContain("卓永興", "鄧炳強");
    }
}
