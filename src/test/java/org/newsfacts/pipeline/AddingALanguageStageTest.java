package org.newsfacts.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsfacts.Fixtures;
import org.newsfacts.cli.NewsfactsCli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * README's "Adding a language stage" as a user would do it: one new class ({@link StockCodeStage}) named in
 * {@code models/stages.txt} of a copy of the models, and {@code extract} writes what it finds to
 * mentions.jsonl beside the built-in stages' mentions, in the article's own offsets.
 */
class AddingALanguageStageTest {
    private static final String SENTENCE =
            "香港交易及結算所有限公司（股份代號：388）公布，首季收入及其他收益為68.6億元，按年上升32%。\n";

    @Test
    void aStageNamedInStagesTxtShowsUpInMentionsJsonl(@TempDir Path dir) throws IOException {
        Path models = Fixtures.copyTree(Fixtures.MODELS, dir.resolve("models"));
        Files.writeString(models.resolve(LanguageStages.FILE), StockCodeStage.class.getName() + "\n",
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);

        List<JsonNode> mentions = extractMentions(dir, models);

        assertThat(mentions).anySatisfy(m -> {
            assertThat(m.get("type").asText()).isEqualTo(StockCodeStage.TYPE);
            assertThat(m.get("surface").asText()).isEqualTo("388");
            assertThat(SENTENCE.substring(m.get("start").asInt(), m.get("end").asInt())).isEqualTo("388");
        });
    }

    @Test
    void withoutTheLineTheSameArticleHasNoSuchMention(@TempDir Path dir) throws IOException {
        assertThat(extractMentions(dir, Fixtures.MODELS))
                .noneMatch(m -> m.get("type").asText().equals(StockCodeStage.TYPE));
    }

    @Test
    void aMisspeltClassNameIsAnErrorNamingTheFileAndLine(@TempDir Path dir) throws IOException {
        Path models = Files.createDirectories(dir.resolve("models"));
        Files.writeString(models.resolve(LanguageStages.FILE), "# one stage\norg.newsfacts.pipeline.StockCodeStag\n",
                StandardCharsets.UTF_8);
        assertThatThrownBy(() -> LanguageStages.load(models)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("stages.txt:2: no class org.newsfacts.pipeline.StockCodeStag");
    }

    private static List<JsonNode> extractMentions(Path dir, Path models) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("hkex.txt"), SENTENCE, StandardCharsets.UTF_8);
        Path out = dir.resolve("out");
        StringWriter err = new StringWriter();
        var cli = NewsfactsCli.commandLine();
        cli.setErr(new PrintWriter(err));
        int code = cli.execute("extract", in.toString(), "--out", out.toString(), "--models", models.toString(),
                "--quiet", "--fresh", "--no-report");
        assertThat(code).as(err.toString()).isZero();
        List<JsonNode> lines = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : Files.readAllLines(out.resolve("mentions.jsonl"), StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                lines.add(json.readTree(line));
            }
        }
        return lines;
    }
}
