package org.newsfacts.spark;

import org.newsfacts.claims.EditionPeriods;
import org.newsfacts.files.FileTrees;
import org.newsfacts.pipeline.ArticleProcessor;
import org.newsfacts.reconcile.Reconciler;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The pipeline of this JVM. Loading the models takes seconds and the processor is safe for any number of
 * threads, so each executor builds it once, on its first article, and every task on the executor shares it;
 * records never carry it.
 */
final class PerExecutor {
    /** Where the build puts {@code models/} inside the job jar. */
    static final String BUNDLED_MODELS = "newsfacts-models";

    private static final Map<Settings, ArticleProcessor> PROCESSORS = new ConcurrentHashMap<>();
    private static final Map<Settings, EditionPeriods> EDITIONS = new ConcurrentHashMap<>();
    private static final Map<Settings, Reconciler> RECONCILERS = new ConcurrentHashMap<>();
    private static Path bundled;
    /**
     * Where articles are processed while their task thread waits with the time limit: parsers cannot be
     * interrupted, so a file past its time runs on in a daemon thread of its own and the task moves on, as in
     * the CLI's batch runner.
     */
    static final java.util.concurrent.ExecutorService PARSING = java.util.concurrent.Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "newsfacts-parse");
        t.setDaemon(true);
        return t;
    });

    /**
     * Called with each article's {@code doc} before it is processed. Tests set it to crash a task attempt the
     * way a lost executor would (an {@link Error}, which no per-file handler catches); it does nothing otherwise.
     */
    static volatile java.util.function.Consumer<String> beforeArticle = doc -> {
    };

    private PerExecutor() {
    }

    static ArticleProcessor processor(Settings settings) {
        return PROCESSORS.computeIfAbsent(settings, s -> ArticleProcessor.create(models(s), s.limits()));
    }

    static EditionPeriods editions(Settings settings) {
        return EDITIONS.computeIfAbsent(settings, s -> EditionPeriods.load(models(s)));
    }

    /** The reconciler of the run's models (the metrics' words and roles); it holds no state between calls. */
    static Reconciler reconciler(Settings settings) {
        return RECONCILERS.computeIfAbsent(settings, s -> Reconciler.load(models(s)));
    }

    static Path models(Settings settings) {
        return settings.modelsDir() != null ? Path.of(settings.modelsDir()) : bundledModels();
    }

    /**
     * The models inside the job jar, copied once to a local folder (the pipeline reads them as files). From
     * a build's classes folder (the module's tests) they are used where they are.
     */
    static synchronized Path bundledModels() {
        if (bundled != null) {
            return bundled;
        }
        URL marker = PerExecutor.class.getResource("/" + BUNDLED_MODELS + "/mentions/clusters.tsv");
        if (marker == null) {
            throw new IllegalStateException("the job jar holds no " + BUNDLED_MODELS + "/: build it with mvn package");
        }
        try {
            URI uri = marker.toURI();
            if (!"jar".equals(uri.getScheme())) {
                bundled = Path.of(uri).getParent().getParent();
                return bundled;
            }
            FileSystem jar;
            try {
                jar = FileSystems.newFileSystem(uri, Map.of());
            } catch (FileSystemAlreadyExistsException e) {
                jar = FileSystems.getFileSystem(uri);
            }
            Path from = jar.getPath("/" + BUNDLED_MODELS);
            Path to = FileTrees.copy(from, Files.createTempDirectory("newsfacts-models"));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(to)));
            bundled = to;
            return bundled;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack the models of the job jar", e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void delete(Path root) {
        try {
            FileTrees.delete(root);
        } catch (IOException e) {
            // a temporary folder left behind on an executor is not worth failing over
        }
    }
}
