package org.newsfacts.text;

import org.newsfacts.text.normalize.ScriptConverter;
import org.newsfacts.text.normalize.CharClass;

import java.util.List;
import java.util.function.Supplier;

/**
 * Tells Chinese (and its script) from English, per paragraph and per document.
 *
 * <p>OpenNLP's language detector ({@link LanguageTable}) decides between languages on paragraphs long enough for its n-gram model
 * and written mostly in Latin letters; short lines (headings, bylines) and paragraphs that are plainly Han
 * script are judged by their characters, which is both unambiguous and far cheaper.
 * OpenNLP does not tell Chinese scripts apart, so the script comes from counting characters that exist only
 * in Traditional or only in Simplified writing: Hong Kong text has many of the first and almost none of the
 * second, mainland text the reverse.
 */
public final class LanguageIdentifier {
    /** Below this many letters the n-gram model guesses; characters decide instead. */
    private static final int MIN_LETTERS_FOR_MODEL = 40;
    /** Share of a document's letters each language needs for the document to be {@code mixed}. */
    private static final double MIXED_SHARE = 0.2;
    /** Latin letters per Han character below which a paragraph is Chinese without asking the model. */
    private static final double CLEARLY_CHINESE = 0.25;

    /** Read once per process, whichever identifier asks first; immutable, so all threads share it. */
    private static final Supplier<LanguageTable> MODEL = new Lazy<>(LanguageTable::load);

    private final Supplier<LanguageTable> model = MODEL;
    private final ScriptConverter converter;

    /**
     * An identifier that reads the n-gram model only when a paragraph needs it (mostly Latin letters, long
     * enough): a Chinese article never does.
     */
    public LanguageIdentifier(ScriptConverter converter) {
        this.converter = converter;
    }

    public Lang paragraphLang(CharSequence text) {
        LetterCounts counts = LetterCounts.of(text, converter);
        if (counts.han + counts.latin == 0) {
            return Lang.UNKNOWN;
        }
        boolean chinese;
        if (counts.latin <= counts.han * CLEARLY_CHINESE) {
            // Han script with a few Latin names (WIPO, PCT) in it: nothing for the model to decide.
            chinese = true;
        } else if (counts.han + counts.latin >= MIN_LETTERS_FOR_MODEL) {
            String iso = model.get().predictLanguage(text);
            chinese = iso.equals("zho") || iso.equals("cmn") || iso.equals("yue");
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
