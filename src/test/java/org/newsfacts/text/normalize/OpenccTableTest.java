package org.newsfacts.text.normalize;

import com.github.houbb.opencc4j.core.impl.ZhConvertBootstrap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The compiled table must convert and segment exactly as opencc4j does, on every text the project reads:
 * the development corpus, the dev2 articles and the lexicons under models/ (whose entries are converted
 * to both scripts when they load).
 */
class OpenccTableTest {
    private static final ZhConvertBootstrap OPENCC = ZhConvertBootstrap.newInstance().init();
    private static final OpenccTable TABLE = OpenccTable.load();
    private static List<String> texts;

    @BeforeAll
    static void readTexts() throws IOException {
        texts = new ArrayList<>();
        for (Path root : List.of(Path.of("corpus"), Path.of("corpus/dev2/articles"), Path.of("models"))) {
            try (Stream<Path> files = Files.walk(root, root.endsWith("corpus") ? 1 : 5)) {
                for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                    String name = f.getFileName().toString();
                    if (name.endsWith(".big5.txt")) {
                        texts.add(Files.readString(f, Charset.forName("Big5")));
                    } else if (name.endsWith(".txt") || name.endsWith(".tsv") || name.endsWith(".md")) {
                        texts.add(Files.readString(f, StandardCharsets.UTF_8));
                    }
                }
            }
        }
        assertThat(texts).hasSizeGreaterThan(60);
    }

    @SuppressWarnings("deprecation")
    @Test
    void segmentsEveryWholeTextAndEveryLineAsOpencc4jDoes() {
        for (String text : texts) {
            assertThat(TABLE.segment(text)).isEqualTo(OPENCC.doSeg(text));
            for (String line : text.split("\n", -1)) {
                assertThat(TABLE.segment(line)).as(line).isEqualTo(OPENCC.doSeg(line));
            }
        }
    }

    @Test
    void convertsEveryLineToBothScriptsAsOpencc4jDoes() {
        for (String text : texts) {
            for (String line : text.split("\n", -1)) {
                assertThat(TABLE.convert(line, true)).as(line).isEqualTo(OPENCC.toSimple(line));
                assertThat(TABLE.convert(line, false)).as(line).isEqualTo(OPENCC.toTraditional(line));
            }
        }
    }

    /** What the matching view does: Han runs cut into opencc4j's words, each word converted alone. */
    @SuppressWarnings("deprecation")
    @Test
    void convertsEveryWordOfEveryHanRunAsOpencc4jDoes() {
        for (String text : texts) {
            for (String run : hanRuns(text)) {
                List<String> words = TABLE.segment(run);
                assertThat(words).as(run).isEqualTo(OPENCC.doSeg(run));
                for (String word : words) {
                    assertThat(TABLE.convert(word, true)).as(word).isEqualTo(OPENCC.toSimple(word));
                    assertThat(TABLE.convert(word, false)).as(word).isEqualTo(OPENCC.toTraditional(word));
                }
            }
        }
    }

    @Test
    void marksTheCharactersOfOnlyOneScript() {
        assertThat(TABLE.traditionalOnly.get("體".codePointAt(0))).isTrue();
        assertThat(TABLE.traditionalOnly.get("体".codePointAt(0))).isFalse();
        assertThat(TABLE.simplifiedOnly.get("体".codePointAt(0))).isTrue();
        assertThat(TABLE.simplifiedOnly.get("中".codePointAt(0))).isFalse();
    }

    private static List<String> hanRuns(String text) {
        List<String> runs = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int start = i;
            while (i < text.length() && CharClass.isHan(text.codePointAt(i))) {
                i += Character.charCount(text.codePointAt(i));
            }
            if (i > start) {
                runs.add(text.substring(start, i));
            } else {
                i += Character.charCount(text.codePointAt(i));
            }
        }
        return runs;
    }
}
