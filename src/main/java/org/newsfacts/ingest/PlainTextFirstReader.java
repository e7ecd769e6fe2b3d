package org.newsfacts.ingest;

import org.newsfacts.text.Ahead;

/**
 * Reads plain text in this process and every other file through the parser processes of a
 * {@link ForkedArticleReader}. The processes guard the run against parsers that loop or exhaust memory on a
 * hostile file (PDF, Word, web pages); decoding plain text cannot do either: Tika's text parser guesses the
 * encoding from a bounded prefix and decodes once, in time and memory linear in the file, which the size limit
 * already bounds. Handing such a file to a child JVM costs a process start (a second of CPU for a one-file
 * {@code check} or {@code extract}) and a copy of the file and its text through a pipe for each file of a batch.
 * The text read here is the one the parser process would send back: the same {@link TikaArticleReader}, so
 * outputs do not depend on where a file was read.
 */
public final class PlainTextFirstReader implements ArticleReader, AutoCloseable {
    /** How much of a file is searched for a zero byte, the mark of a binary or UTF-16/32 file. */
    private static final int SNIFF = 1 << 16;

    private final ArticleReader others;
    /**
     * Tika, loaded on a thread of its own from the start: its 0.3 s of loading overlaps the models' loading on
     * the other core instead of delaying the first file. Tika's classes share no static state with the
     * models' libraries, so loading both at once cannot deadlock on class initialisation.
     */
    private final Ahead<TikaArticleReader> tika;

    /** A load {@link #loadTikaAhead} started, waiting for the reader it was started for. */
    private static Ahead<TikaArticleReader> early;
    private static ReadLimits earlyLimits;

    public PlainTextFirstReader(ArticleReader others, ReadLimits limits) {
        this.others = others;
        this.tika = tikaFor(limits);
    }

    /**
     * Starts loading Tika for the reader a command is about to make with {@code limits}, before it sets up its
     * outputs and reads the run's claims: on two cores the load then runs while this thread does that work
     * instead of beside our models' loading, which it slowed. The next reader made with the same limits takes it.
     */
    public static synchronized void loadTikaAhead(ReadLimits limits) {
        if (early == null) {
            early = Ahead.start("newsfacts-tika-loader", () -> TikaArticleReader.plainTextOnly(limits));
            earlyLimits = limits;
        }
    }

    private static synchronized Ahead<TikaArticleReader> tikaFor(ReadLimits limits) {
        if (early != null && earlyLimits.equals(limits)) {
            Ahead<TikaArticleReader> started = early;
            early = null;
            return started;
        }
        return Ahead.start("newsfacts-tika-loader", () -> TikaArticleReader.plainTextOnly(limits));
    }

    @Override
    public ExtractedDocument read(SourceFile file, byte[] content) throws ReadFailure {
        if (mayBePlainText(content)) {
            ExtractedDocument text = tika.get().readIfPlainText(file, content);
            if (text != null) {
                return text;
            }
        }
        return others.read(file, content);
    }

    /**
     * Only bytes that cannot start a container or binary format reach Tika's type detection here: detection of
     * a ZIP (Word, a ZIP bomb) or OLE file opens it, which is the parser processes' business. Every such format
     * has zero bytes in its first kilobytes (a ZIP's header fields, OLE's sector table, PDF's binary comment
     * line or streams); text in UTF-8, Big5, GB18030 or any single-byte encoding has none.
     */
    static boolean mayBePlainText(byte[] content) {
        if (content.length == 0 || startsWith(content, "PK") || startsWith(content, "%PDF")) {
            return false;
        }
        int n = Math.min(content.length, SNIFF);
        for (int i = 0; i < n; i++) {
            if (content[i] == 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWith(byte[] content, String magic) {
        if (content.length < magic.length()) {
            return false;
        }
        for (int i = 0; i < magic.length(); i++) {
            if (content[i] != magic.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void close() throws Exception {
        if (others instanceof AutoCloseable closeable) {
            closeable.close();
        }
    }
}
