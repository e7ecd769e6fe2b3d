package org.newsfacts.spark;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.HashPartitioner;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.newsfacts.records.ClaimRecord;
import org.newsfacts.cli.NewsfactsCli;
import org.newsfacts.claims.EditionPeriods;
import org.newsfacts.records.OutputJson;
import org.newsfacts.ingest.ReadLimits;
import org.newsfacts.ingest.SourceFile;
import org.newsfacts.records.DocumentRecord;
import org.newsfacts.records.FigureRecord;
import org.newsfacts.records.MentionRecord;
import org.newsfacts.records.QuoteRecord;
import org.newsfacts.output.OutputWriter;
import org.newsfacts.pipeline.ArticleProcessor;
import org.newsfacts.pipeline.ArticleResult;
import org.newsfacts.records.Provenance;
import org.newsfacts.reconcile.ConflictsWriter;
import org.newsfacts.reconcile.Reconciler;
import org.newsfacts.reconcile.StoryGroups;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import scala.Tuple2;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;

/**
 * {@code newsfacts extract} as a Spark job: the same per-article pipeline ({@link ArticleProcessor}, one per
 * executor JVM) mapped over every file Spark's {@code binaryFiles} lists, the per-article files written as
 * partitions by Spark's committer, and the claims shuffled by the reconciler's shard key and reconciled by the
 * CLI's {@link Reconciler} into {@code conflicts.json}.
 *
 * <p>Output folder: {@code documents.jsonl/}, {@code figures.jsonl/}, {@code mentions.jsonl/},
 * {@code quotes.jsonl/}, {@code claims.jsonl/} (part files whose lines are byte for byte the CLI's; with
 * {@code --format parquet}, {@code *.parquet/} folders with the same columns) and {@code conflicts.json}.
 */
@Command(name = "newsfacts-spark", mixinStandardHelpOptions = true,
        description = {"newsfacts extract on Apache Spark: reads every file under the inputs (folders, globs, "
                + "any path Hadoop reads: hdfs://, s3a://, file:) and writes the output files as partitions.",
                "Exit status as newsfacts extract's: 0 done; 2 bad usage; 3 some inputs could not be read (the rest "
                        + "done); 4 the run failed."})
public final class SparkExtract implements Callable<Integer>, Serializable {
    public enum Format { JSON, PARQUET }

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Folders, files or globs, as Hadoop paths.")
    List<String> inputs;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Output folder (a Hadoop path).")
    String out;

    @Option(names = "--format", paramLabel = "json|parquet", defaultValue = "json",
            converter = FormatConverter.class,
            description = "JSON Lines partitions (default) or Parquet with the same columns.")
    Format format = Format.JSON;

    @Option(names = "--models", paramLabel = "DIR",
            description = "Models folder present on every executor (default: the copy inside the job jar).")
    String models;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "Time limit for one file (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds = 60;

    @Option(names = "--max-file-mb", paramLabel = "MB", defaultValue = "20",
            description = "Files larger than this are refused (default: ${DEFAULT-VALUE}).")
    double maxFileMb = 20;

    @Option(names = "--partitions", paramLabel = "N",
            description = "At least this many input partitions per input (default: 4 per core).")
    Integer partitions;

    @Option(names = "--reconcile-partitions", paramLabel = "N",
            description = "Partitions of the claims shuffle (default: spark.sql.shuffle.partitions).")
    Integer reconcilePartitions;

    /** What a run did: how many files, and the failed ones with their errors. */
    public record Summary(long files, List<String> failed) {
    }

    public static void main(String[] args) {
        CommandLine cli = new CommandLine(new SparkExtract());
        cli.setExitCodeExceptionMapper(e -> NewsfactsCli.EXIT_FAILED);
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("newsfacts-spark: " + e.getMessage());
            return NewsfactsCli.EXIT_FAILED;
        });
        cli.setParameterExceptionHandler((e, given) -> {
            e.getCommandLine().getErr().println("newsfacts-spark: " + e.getMessage());
            return NewsfactsCli.EXIT_USAGE;
        });
        System.exit(cli.execute(args));
    }

    @Override
    public Integer call() throws IOException {
        SparkSession spark = SparkSession.builder().appName("newsfacts extract").getOrCreate();
        try {
            Summary summary = run(spark);
            summary.failed().forEach(f -> System.err.println("newsfacts-spark: " + f));
            System.err.printf("%d file(s): %d ok, %d failed; output in %s%n", summary.files(),
                    summary.files() - summary.failed().size(), summary.failed().size(), out);
            return summary.failed().isEmpty() ? NewsfactsCli.EXIT_OK : NewsfactsCli.EXIT_PARTIAL;
        } finally {
            spark.stop();
        }
    }

    /** The job on {@code spark}'s cluster; the options are this object's fields. */
    public Summary run(SparkSession spark) throws IOException {
        if (timeoutSeconds <= 0 || maxFileMb <= 0) {
            throw new IllegalArgumentException("--timeout and --max-file-mb must be positive");
        }
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Configuration conf = jsc.hadoopConfiguration();
        // Folders are walked to the bottom, as the CLI walks them.
        conf.setBoolean("mapreduce.input.fileinputformat.input.dir.recursive", true);
        Inputs named = Inputs.of(inputs, conf);
        Settings settings = new Settings(models, (long) (maxFileMb * 1048576), ReadLimits.DEFAULT.maxChars(),
                timeoutSeconds);
        // A few tasks per core, so that one slow file (a long PDF) does not leave the other cores idle.
        int minPartitions = partitions != null ? partitions : 4 * jsc.defaultParallelism();

        List<JavaRDD<ArticleRows>> perInput = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            int input = i;
            perInput.add(jsc.binaryFiles(inputs.get(i), minPartitions).flatMap(file -> {
                String doc = named.doc(input, file._1());
                return doc == null ? List.<ArticleRows>of().iterator()
                        : List.of(process(file._1(), file._2(), doc, settings)).iterator();
            }));
        }
        JavaRDD<ArticleRows> articles = jsc.union(perInput.toArray(JavaRDD[]::new))
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        try {
            // The first job processes the articles (and keeps them); a task that dies half-way has its part
            // files discarded by Spark's committer, and its retry writes them again.
            write(spark, articles.map(ArticleRows::document), OutputWriter.DOCUMENTS, DocumentRecord.class,
                    OutputJson.mapper());
            // Older editions' claims are dated against the newest edition of the whole run.
            String newest = EditionPeriods.newest(
                    articles.map(ArticleRows::edition).filter(Objects::nonNull).distinct().collect());
            write(spark, articles.flatMap(a -> a.figures().iterator()), OutputWriter.FIGURES,
                    FigureRecord.class, OutputJson.mapper());
            write(spark, articles.flatMap(a -> a.mentions().iterator()), OutputWriter.MENTIONS,
                    MentionRecord.class, OutputJson.mapper());
            write(spark, articles.flatMap(a -> a.quotes().iterator()), OutputWriter.QUOTES,
                    QuoteRecord.class, OutputJson.mapper());
            JavaRDD<String> claims = articles
                    .flatMap(a -> ClaimLines.dated(a, PerExecutor.editions(settings), newest).iterator())
                    .persist(StorageLevel.MEMORY_AND_DISK_SER());
            try {
                write(spark, claims, "claims.jsonl", ClaimRecord.class, OutputJson.mapper());
                reconcile(jsc, articles, claims, reconcilePartitions != null ? reconcilePartitions
                        : spark.sessionState().conf().numShufflePartitions(), settings);
            } finally {
                claims.unpersist(false);
            }
            List<String> failed = articles.filter(a -> !a.ok()).map(a -> a.doc() + ": " + a.error()).collect()
                    .stream().sorted().toList();
            return new Summary(articles.count(), failed);
        } finally {
            articles.unpersist(false);
        }
    }

    /**
     * One file through the CLI's pipeline. Whatever goes wrong with the file becomes its error record, as in
     * the CLI, so a bad file never fails a task.
     */
    static ArticleRows process(String listed, PortableDataStream stream, String doc, Settings settings) {
        ArticleProcessor processor = PerExecutor.processor(settings);
        PerExecutor.beforeArticle.accept(doc);
        String sha256 = null;
        ArticleResult result;
        try {
            byte[] content;
            try (DataInputStream in = stream.open()) {
                content = in.readNBytes((int) Math.min(settings.maxFileBytes() + 1, Integer.MAX_VALUE - 16));
            }
            if (content.length > settings.maxFileBytes()) {
                result = ArticleResult.failed(doc, null, String.format(Locale.ROOT,
                        "file is %.1f MB, over the size limit of %.1f MB; not read", length(listed, stream) / 1048576.0,
                        settings.maxFileBytes() / 1048576.0));
            } else {
                sha256 = ArticleProcessor.sha256(content);
                SourceFile file = new SourceFile(localPath(listed, doc), doc, content.length);
                String hash = sha256;
                var task = java.util.concurrent.CompletableFuture.supplyAsync(
                        () -> processor.process(file, hash, content), PerExecutor.PARSING);
                try {
                    result = task.get(settings.timeoutSeconds(), java.util.concurrent.TimeUnit.SECONDS);
                } catch (java.util.concurrent.TimeoutException e) {
                    task.cancel(true);
                    // The CLI's record for a file past its time: no hash, this message.
                    result = ArticleResult.failed(doc, null, "processing took longer than the time limit of "
                            + settings.timeoutSeconds() + " s");
                } catch (java.util.concurrent.ExecutionException e) {
                    result = ArticleResult.failed(doc, null, "internal error while processing: " + e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("task interrupted", e);
                }
            }
        } catch (IOException e) {
            result = ArticleResult.failed(doc, sha256, "cannot read file: " + e);
        } catch (RuntimeException | StackOverflowError e) {
            // A defect of ours or of a parser on odd input must cost one file, not the task.
            result = ArticleResult.failed(doc, sha256, "internal error while processing: " + e);
        }
        return ArticleRows.of(result);
    }

    /** The file as the CLI's readers see it: its local path, or for a remote file a path with its name. */
    private static java.nio.file.Path localPath(String listed, String doc) {
        Path path = new Path(listed);
        if ("file".equals(path.toUri().getScheme())) {
            return java.nio.file.Path.of(path.toUri());
        }
        return java.nio.file.Path.of(doc);
    }

    private static long length(String listed, PortableDataStream stream) throws IOException {
        Path path = new Path(listed);
        return path.getFileSystem(stream.getConfiguration()).getFileStatus(path).getLen();
    }

    /**
     * One output file as a folder of partitions. JSON Lines are the CLI's own lines written by Spark's text
     * writer: Spark's JSON writer would print a value such as 120000000000 as 1.2E11 (a double) or padded to a
     * decimal's scale, and the contract promises plain numbers. Parquet rows are those lines read by Spark's
     * JSON reader with the record type's columns, and written by Spark's Parquet writer.
     */
    private void write(SparkSession spark, JavaRDD<String> lines, String file, Class<?> record,
                       com.fasterxml.jackson.databind.ObjectMapper mapper) {
        Dataset<String> text = spark.createDataset(lines.rdd(), Encoders.STRING());
        if (format == Format.JSON) {
            text.write().mode(SaveMode.Overwrite).text(out + "/" + file);
        } else {
            String name = file.substring(0, file.indexOf('.')) + ".parquet";
            spark.read().schema(SparkSchemas.of(mapper, record)).option("mode", "FAILFAST").json(text)
                    .write().mode(SaveMode.Overwrite).parquet(out + "/" + name);
        }
    }

    /**
     * conflicts.json: claims partitioned by the reconciler's shard key (Spark's shuffle), each partition
     * reconciled on its executor, the partitions' results merged in the reconciler's order on the driver and
     * written once, after every task has succeeded.
     */
    private void reconcile(JavaSparkContext jsc, JavaRDD<ArticleRows> articles, JavaRDD<String> claims,
                           int shufflePartitions, Settings settings) throws IOException {
        // The run's provenance, as the CLI writes it: version, run date, inputs as given, the models' fingerprint.
        Provenance provenance = Provenance.of(inputs, PerExecutor.models(settings));
        // Copies of one story count as one source: the core's StoryGroups reads every article's text in doc
        // order, as the CLI's writer feeds it, on the driver (it keeps 64 ints an article); its result, the
        // stories told by several documents, goes to every executor.
        StoryGroups stories = new StoryGroups();
        articles.filter(a -> a.storyText() != null)
                .mapToPair(a -> new Tuple2<>(a.doc(), a.storyText()))
                .sortByKey()
                .toLocalIterator()
                .forEachRemaining(doc -> stories.add(doc._1(), doc._2()));
        HashMap<String, List<String>> copies = new HashMap<>();
        stories.copies().forEach((story, docs) -> copies.put(story, new ArrayList<>(docs)));
        Broadcast<HashMap<String, List<String>>> shared = jsc.broadcast(copies);
        List<String> partials = claims
                .mapToPair(line -> new Tuple2<>(PerExecutor.reconciler(settings).shardKey(ClaimLines.claim(line)), line))
                .partitionBy(new HashPartitioner(shufflePartitions))
                .values()
                .mapPartitions((Iterator<String> lines) -> List.of(ConflictsMerge.reconcile(PerExecutor.reconciler(settings), lines, shared.value()))
                        .iterator())
                .collect();
        Path target = new Path(out, ConflictsWriter.FILE);
        FileSystem fs = target.getFileSystem(jsc.hadoopConfiguration());
        Path temp = new Path(out, "." + ConflictsWriter.FILE + ".part");
        try (OutputStream file = fs.create(temp, true)) {
            ConflictsMerge.merge(partials, file, provenance);
        }
        fs.delete(target, false);
        if (!fs.rename(temp, target)) {
            throw new IOException("cannot move " + temp + " to " + target);
        }
    }

    static final class FormatConverter implements CommandLine.ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            return Format.valueOf(value.toUpperCase(Locale.ROOT));
        }
    }
}
