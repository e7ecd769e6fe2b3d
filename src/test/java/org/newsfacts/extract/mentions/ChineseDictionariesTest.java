package org.newsfacts.extract.mentions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which inputs make a command load HanLP's dictionaries ahead (README, Performance). */
class ChineseDictionariesTest {
    @Test
    void aChineseArticleInUtf8IsChinese() {
        assertTrue(ChineseDictionaries.looksChinese(Path.of("corpus", "004_590e8b99fe6055a9.txt")));
    }

    @Test
    void anEnglishArticleNamingAChineseCityIsNot() {
        assertFalse(ChineseDictionaries.looksChinese(
                Path.of("corpus", "dev2", "articles", "12_verdict_china_24_hubs_2023.txt")));
    }

    @Test
    void aBig5FileIsLeftToLoadLazily() {
        // Not UTF-8: the hint stays off and the dictionaries load at the first Chinese paragraph, as before.
        assertFalse(ChineseDictionaries.looksChinese(Path.of("corpus", "004_590e8b99fe6055a9.big5.txt")));
    }

    @Test
    void anEnglishDraftQuotingAChineseNameIsNot(@TempDir Path dir) throws IOException {
        Path draft = dir.resolve("draft.txt");
        Files.writeString(draft, "Chief Executive John Lee (李家超) said Hong Kong ranked second among clusters.",
                StandardCharsets.UTF_8);
        assertFalse(ChineseDictionaries.looksChinese(draft));
    }

    @Test
    void aMissingFileIsNot(@TempDir Path dir) {
        assertFalse(ChineseDictionaries.looksChinese(dir.resolve("gone.txt")));
    }
}
