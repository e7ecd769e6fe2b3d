package org.newsfacts.pipeline;

import org.newsfacts.ingest.ReadLimits;
import org.newsfacts.ingest.SourceFile;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Runs the per-article pipeline over many files across the cores, with a time limit per file and a progress
 * bar on a terminal. A file that fails or runs out of time becomes an error record; the others go on.
 */
public final class BatchRunner {
    private final java.util.function.Supplier<ArticleProcessor> processor;
    private final ReadLimits limits;
    private final int threads;
    private final boolean showProgress;
    private final ResultCache cache;
    private final AtomicInteger reused = new AtomicInteger();

    public BatchRunner(ArticleProcessor processor, int threads, boolean showProgress) {
        this(() -> processor, processor.limits(), threads, showProgress, null);
    }

    /**
     * A runner that reuses and keeps per-article results in {@code cache} (null: none). The processor is asked
     * for only when some file is not in the cache, so a run over an unchanged folder loads no models.
     */
    public BatchRunner(java.util.function.Supplier<ArticleProcessor> processor, ReadLimits limits, int threads,
                       boolean showProgress, ResultCache cache) {
        this.processor = memoized(processor);
        this.limits = limits;
        this.threads = Math.max(1, threads);
        this.showProgress = showProgress;
        this.cache = cache;
    }

    /** What a run leaves behind once its results have gone to the sink: counts, not articles. */
    public record Summary(int files, int failed, int reused) {
    }

    /**
     * Processes {@code files} and hands each result to {@code sink} in {@code doc} order, on the calling thread,
     * as soon as it and every file before it are done. At most a window of results waits for a slower file
     * before it, so memory does not grow with the number of files: nothing of an article is kept after the
     * sink has taken it.
     */
    public Summary run(List<SourceFile> files, java.util.function.Consumer<ArticleResult> sink) {
        List<SourceFile> ordered = new ArrayList<>(files);
        ordered.sort(Comparator.comparing(SourceFile::doc));
        ExecutorService workers = Executors.newFixedThreadPool(threads, daemonThreads("newsfacts-worker"));
        // The pool is the only place files are processed: a file past its time limit is stopped by killing its
        // parser process (ForkedArticleReader), so no thread is left running it and no extra pool is needed.
        int window = Math.max(32, threads * 16);
        int failed = 0;
        try (RunProgress progress = showProgress ? new RunProgress(ordered.size(), threads) : null) {
            java.util.ArrayDeque<Future<ArticleResult>> pending = new java.util.ArrayDeque<>();
            int submitted = 0;
            for (int i = 0; i < ordered.size(); i++) {
                while (submitted < ordered.size() && submitted < i + window) {
                    SourceFile file = ordered.get(submitted++);
                    pending.add(workers.submit(() -> {
                        ArticleResult result = cachedOrProcessed(file, progress);
                        if (progress != null) {
                            progress.step();
                        }
                        return result;
                    }));
                }
                ArticleResult result = await(pending.poll(), ordered.get(i));
                if (!result.ok()) {
                    failed++;
                }
                sink.accept(result);
            }
            return new Summary(ordered.size(), failed, reused.get());
        } finally {
            workers.shutdownNow();
        }
    }

    /** The processor, loaded on first use; on a terminal, the loading is shown before the bar. */
    private ArticleProcessor processor(RunProgress progress) {
        return progress == null ? processor.get() : progress.whileLoadingModels(processor);
    }

    private ArticleResult cachedOrProcessed(SourceFile file, RunProgress progress) {
        if (file.refusal() != null) {
            return ArticleResult.failed(file.doc(), null, file.refusal());
        }
        if (cache == null) {
            return processor(progress).process(file);
        }
        byte[] content;
        try {
            content = ArticleProcessor.readWithin(file, limits.maxFileBytes());
        } catch (IOException e) {
            return processor(progress).process(file);
        }
        if (content == null) {
            return ArticleProcessor.tooLarge(file, limits);
        }
        // The bytes read for the hash are the ones processed on a miss: each file is read once.
        String sha256 = ArticleProcessor.sha256(content);
        ArticleResult cached = cache.find(file.doc(), sha256);
        if (cached != null) {
            reused.incrementAndGet();
            return cached;
        }
        ArticleResult result = processor(progress).process(file, sha256, content);
        // Time-outs depend on the machine's load, not the file: never keep them.
        if (result.ok() || !result.error().contains("time limit")) {
            cache.store(result);
        }
        return result;
    }

    /** How many results the last run took from the cache. */
    public int reused() {
        return reused.get();
    }

    private static ArticleResult await(Future<ArticleResult> future, SourceFile file) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ArticleResult.failed(file.doc(), null, "interrupted");
        } catch (ExecutionException e) {
            return ArticleResult.failed(file.doc(), null, "internal error while processing: " + e.getCause());
        }
    }

    private static <T> java.util.function.Supplier<T> memoized(java.util.function.Supplier<T> supplier) {
        return new java.util.function.Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = supplier.get();
                }
                return value;
            }
        };
    }

    private static ThreadFactory daemonThreads(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
