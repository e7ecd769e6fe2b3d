package org.newsfacts.extract.mentions;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.newsfacts.text.Ahead;
import java.util.List;

/**
 * HanLP's dictionaries (core words, bigrams, person, transliterated-name and organisation roles), read on a
 * thread of their own when a command is given Chinese files, so that their ~0.3 s of CPU overlaps the loading of
 * our lexicons, the run's claims and Tika on the other core instead of following them at the first Chinese
 * paragraph. Nothing changes but when they are read: HanLP builds the same read-only dictionaries whichever
 * thread asks first, and without a hint (English input, a Big5 file, standard input) they load lazily as before.
 */
public final class ChineseDictionaries {
    /** How much of a file is searched for Chinese. */
    private static final int SNIFF = 1 << 14;
    /** Han characters that make a file Chinese; an English article quoting one Chinese name has a few. */
    private static final int HAN_CHARS = 20;
    /** How many of a batch's files are looked at: a batch of any size loads the dictionaries once. */
    private static final int FILES_LOOKED_AT = 8;

    private static volatile Ahead<?> loading;

    private ChineseDictionaries() {
    }

    /** Starts loading the dictionaries in the background if one of the first few {@code files} is Chinese. */
    public static void loadAheadFor(List<Path> files) {
        for (Path file : files.subList(0, Math.min(files.size(), FILES_LOOKED_AT))) {
            if (looksChinese(file)) {
                loadAhead();
                return;
            }
        }
    }

    /** Starts loading the dictionaries on a daemon thread (once). */
    static synchronized void loadAhead() {
        if (loading != null) {
            return;
        }
        loading = Ahead.start("newsfacts-hanlp-loader",
                // One segmentation with every recogniser the extractor enables reads every dictionary it uses.
                () -> ChineseSegmenter.withRecognisers().seg("香港特区行政长官李家超在北京大学与世界知识产权组织总干事邓鸿森会面"));
    }

    /**
     * Waits for a load started ahead, so that HanLP's classes are never initialised by two threads at once
     * (their static initialisers read one another); returns at once when none was started. A load that failed
     * is left to fail again, with its own message, where the dictionaries are used.
     */
    static void awaitLoaded() {
        Ahead<?> started = loading;
        if (started == null) {
            return;
        }
        try {
            started.get();
        } catch (RuntimeException | Error e) {
            // The segmenter's own call reports it.
        }
    }

    /** Whether the file's first bytes, read as UTF-8, hold Chinese; false for anything unreadable. */
    static boolean looksChinese(Path file) {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SNIFF);
        } catch (IOException | RuntimeException e) {
            return false;
        }
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
        CharBuffer text = CharBuffer.allocate(head.length);
        utf8.decode(ByteBuffer.wrap(head), text, true);
        text.flip();
        int han = 0;
        for (int i = 0; i < text.length() && han < HAN_CHARS; i++) {
            if (Character.UnicodeScript.of(text.charAt(i)) == Character.UnicodeScript.HAN) {
                han++;
            }
        }
        return han >= HAN_CHARS;
    }
}
