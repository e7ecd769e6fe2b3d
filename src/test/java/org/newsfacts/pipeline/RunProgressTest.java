package org.newsfacts.pipeline;

import me.tongfei.progressbar.ProgressBarConsumer;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a terminal shows during {@code extract}: the models' loading on a line of its own before the bar, and a
 * time left that the loading and each worker's first article do not distort. A clock the test moves stands in
 * for the real one, so nothing here waits.
 */
class RunProgressTest {
    private final AtomicLong clock = new AtomicLong();
    private final List<String> screen = new CopyOnWriteArrayList<>();
    private final ByteArrayOutputStream terminal = new ByteArrayOutputStream();

    private RunProgress progress(int total, int workers) {
        PrintStream lines = new PrintStream(terminal, true, StandardCharsets.UTF_8) {
            @Override
            public void print(String s) {
                super.print(s);
                screen.add("line: " + s);
            }
        };
        return new RunProgress(total, workers, lines, new Bar(), clock::get);
    }

    private void advance(double s) {
        clock.addAndGet((long) (s * 1e9));
    }

    @Test
    void theModelsLoadingIsSaidBeforeTheBarAppears() {
        try (RunProgress progress = progress(10, 2)) {
            progress.whileLoadingModels(() -> {
                advance(12);
                return "models";
            });
            progress.step();
        }
        assertThat(screen).isNotEmpty();
        assertThat(screen.get(0)).isEqualTo("line: newsfacts extract: loading models… ");
        assertThat(terminal.toString(StandardCharsets.UTF_8)).contains("loading models… 12.0 s");
        assertThat(screen.subList(1, screen.size())).allSatisfy(s -> assertThat(s).doesNotContain("loading models"));
        assertThat(screen).anySatisfy(s -> assertThat(s).startsWith("bar: extract"));
    }

    @Test
    void theTimeLeftLeavesOutTheLoadingAndEachWorkersFirstArticle() {
        RunProgress.Eta eta = new RunProgress.Eta();
        // 30 s of loading are over when the estimate starts; two workers' first articles take 8 s each.
        eta.start(seconds(30.0), 2);
        eta.done(seconds(38));
        eta.done(seconds(38.5));
        assertThat(eta.remaining(98, seconds(39))).as("no article past the warm-up yet").isEmpty();
        // Then an article a second: 98 left take about 98 s, not the 2,400 s a bar timed from the start would say.
        eta.done(seconds(39.5));
        eta.done(seconds(40.5));
        assertThat(eta.remaining(96, seconds(40.5))).hasValueSatisfying(left ->
                assertThat(left).isBetween(Duration.ofSeconds(90), Duration.ofSeconds(100)));
    }

    @Test
    void cachedArticlesBeforeAnyModelIsNeededShowTheBarAndThenItSaysItIsLoading() {
        try (RunProgress progress = progress(10, 1)) {
            progress.step();
            progress.whileLoadingModels(() -> {
                assertThat(screen).noneSatisfy(s -> assertThat(s).startsWith("line:"));
                return "models";
            });
        }
        assertThat(screen).anySatisfy(s -> assertThat(s).startsWith("bar: extract"));
    }

    private long seconds(double s) {
        return (long) (s * 1e9);
    }

    /** The bar's renders, as a terminal would receive them. */
    private final class Bar implements ProgressBarConsumer {
        @Override
        public int getMaxRenderedLength() {
            return 120;
        }

        @Override
        public synchronized void accept(String rendered) {
            screen.add("bar: " + rendered.strip());
        }

        @Override
        public void close() {
        }
    }
}
