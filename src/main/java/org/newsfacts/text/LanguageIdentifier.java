package org.newsfacts.text;

import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Tells Chinese (and its script) from English, per paragraph and per document.
 *
 * <p>OpenNLP's language detector decides between languages on paragraphs long enough for its n-gram model;
 * short lines (headings, bylines) are judged by their characters, where Han against Latin is unambiguous.
 * OpenNLP does not tell Chinese scripts apart, so the script comes from counting characters that exist only
 * in Traditional or only in Simplified writing: Hong Kong text has many of the first and almost none of the
 * second, mainland text the reverse.
 */
public final class LanguageIdentifier {
    /** Below this many letters the n-gram model guesses; characters decide instead. */
    private static final int MIN_LETTERS_FOR_MODEL = 40;
    /** Share of a document's letters each language needs for the document to be {@code mixed}. */
    private static final double MIXED_SHARE = 0.2;

    private final LanguageDetectorModel model;
    private final ThreadLocal<LanguageDetectorME> detector;
    private final ScriptConverter converter;

    public LanguageIdentifier(LanguageDetectorModel model, ScriptConverter converter) {
        this.model = model;
        this.converter = converter;
        // LanguageDetectorME keeps per-call state; the model is immutable and shared.
        this.detector = ThreadLocal.withInitial(() -> new LanguageDetectorME(this.model));
    }

    /** Loads the model that the opennlp-models-langdetect artifact puts on the class path. */
    public static LanguageDetectorModel loadBundledModel() {
        try (InputStream in = LanguageIdentifier.class.getResourceAsStream("/langdetect-183.bin")) {
            if (in == null) {
                throw new IllegalStateException("langdetect-183.bin missing from the class path");
            }
            return new LanguageDetectorModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load OpenNLP language model", e);
        }
    }

    public Lang paragraphLang(CharSequence text) {
        LetterCounts counts = LetterCounts.of(text, converter);
        if (counts.han + counts.latin == 0) {
            return Lang.UNKNOWN;
        }
        boolean chinese;
        if (counts.han + counts.latin >= MIN_LETTERS_FOR_MODEL) {
            Language best = detector.get().predictLanguage(text);
            String iso = best.getLang();
            chinese = iso.equals("zho") || iso.equals("cmn") || iso.equals("yue") || iso.equals("jpn") && counts.han > counts.latin;
            if (!chinese && !iso.equals("eng")) {
                // The model knows 103 languages; news here is Chinese or English, so fall back on characters.
                chinese = counts.han >= counts.latin;
            }
        } else {
            chinese = counts.han >= counts.latin;
        }
        if (!chinese) {
            return Lang.EN;
        }
        return counts.simplifiedOnly > counts.traditionalOnly ? Lang.ZH_HANS : Lang.ZH_HANT;
    }

    /** The document's language from its paragraphs', weighted by their letters. */
    public Lang documentLang(CharSequence text, List<Paragraph> paragraphs) {
        long chineseLetters = 0;
        long englishLetters = 0;
        long traditional = 0;
        long simplified = 0;
        for (Paragraph p : paragraphs) {
            LetterCounts counts = LetterCounts.of(text.subSequence(p.start(), p.end()), converter);
            if (p.lang().isChinese()) {
                chineseLetters += counts.han + counts.latin;
            } else if (p.lang() == Lang.EN) {
                englishLetters += counts.han + counts.latin;
            }
            traditional += counts.traditionalOnly;
            simplified += counts.simplifiedOnly;
        }
        long all = chineseLetters + englishLetters;
        if (all == 0) {
            return Lang.UNKNOWN;
        }
        if (chineseLetters >= MIXED_SHARE * all && englishLetters >= MIXED_SHARE * all) {
            return Lang.MIXED;
        }
        if (englishLetters > chineseLetters) {
            return Lang.EN;
        }
        return simplified > traditional ? Lang.ZH_HANS : Lang.ZH_HANT;
    }

    /** Letters by script, and the characters that only one Chinese script writes. */
    private record LetterCounts(int han, int latin, int traditionalOnly, int simplifiedOnly) {
        static LetterCounts of(CharSequence text, ScriptConverter converter) {
            int han = 0;
            int latin = 0;
            int traditional = 0;
            int simplified = 0;
            for (int i = 0; i < text.length(); ) {
                int cp = Character.codePointAt(text, i);
                if (CharClass.isHan(cp)) {
                    han++;
                    if (converter.isTraditionalOnly(cp)) {
                        traditional++;
                    } else if (converter.isSimplifiedOnly(cp)) {
                        simplified++;
                    }
                } else if (CharClass.isLatinLetter(cp)) {
                    latin++;
                }
                i += Character.charCount(cp);
            }
            return new LetterCounts(han, latin, traditional, simplified);
        }
    }
}
