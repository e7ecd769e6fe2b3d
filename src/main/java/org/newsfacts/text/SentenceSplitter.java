package org.newsfacts.text;

import org.newsfacts.text.normalize.CharClass;

import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits paragraphs into sentences: Chinese at 。！？； (carrying any closing quotation marks that follow
 * along with the sentence they close), English with OpenNLP's sentence model, which knows abbreviations
 * such as "U.S." and "Dr." that a punctuation rule would cut at.
 */
public final class SentenceSplitter {
    private static final String ENGLISH_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";

    private final ThreadLocal<SentenceDetectorME> english;

    public SentenceSplitter(SentenceModel englishModel) {
        this(() -> englishModel);
    }

    /** A splitter that reads the English model on the first English paragraph. */
    public SentenceSplitter(java.util.function.Supplier<SentenceModel> englishModel) {
        Lazy<SentenceModel> shared = new Lazy<>(englishModel);
        // SentenceDetectorME is not thread-safe; the model is.
        this.english = ThreadLocal.withInitial(() -> new SentenceDetectorME(shared.get()));
    }

    public static SentenceModel loadBundledEnglishModel() {
        try (InputStream in = SentenceSplitter.class.getResourceAsStream(ENGLISH_MODEL)) {
            if (in == null) {
                throw new IllegalStateException(ENGLISH_MODEL + " missing from the class path");
            }
            return new SentenceModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load OpenNLP sentence model", e);
        }
    }

    public List<Sentence> split(String text, List<Paragraph> paragraphs) {
        List<Sentence> sentences = new ArrayList<>();
        for (Paragraph p : paragraphs) {
            TimeLimit.check();
            if (p.lang() == Lang.EN) {
                splitEnglish(text, p, sentences);
            } else {
                splitChinese(text, p, sentences);
            }
        }
        return sentences;
    }

    private void splitEnglish(String text, Paragraph p, List<Sentence> out) {
        for (opennlp.tools.util.Span s : english.get().sentPosDetect(text.substring(p.start(), p.end()))) {
            out.add(new Sentence(p.start() + s.getStart(), p.start() + s.getEnd(), p.lang()));
        }
    }

    static void splitChinese(String text, Paragraph p, List<Sentence> out) {
        int start = p.start();
        int i = p.start();
        while (i < p.end()) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (CharClass.isChineseSentenceEnd(cp)) {
                while (i < p.end() && (CharClass.isChineseSentenceEnd(text.charAt(i))
                        || CharClass.isClosingQuote(text.charAt(i)) || text.charAt(i) == '）' || text.charAt(i) == ')')) {
                    i++;
                }
                addTrimmed(text, start, i, p.lang(), out);
                start = i;
            }
        }
        addTrimmed(text, start, p.end(), p.lang(), out);
    }

    private static void addTrimmed(String text, int start, int end, Lang lang, List<Sentence> out) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new Sentence(start, end, lang));
        }
    }
}
