package org.newsfacts.text;

import opennlp.tools.langdetect.LanguageDetectorContextGenerator;
import opennlp.tools.langdetect.LanguageDetectorFactory;

import org.newsfacts.files.BuiltResources;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * OpenNLP's language detector (the langdetect-183 maximum-entropy model) over the model's parameters as
 * {@link LanguageTableBuilder} wrote them at build time: one read of a flat table instead of OpenNLP's model
 * reader, which unzips the 10 MB model and builds 146,000 predicate objects (about 0.5 s of CPU, the largest
 * part of a cold check of an English draft).
 *
 * <p>The prediction is OpenNLP's, step for step, so that it answers the same to the last bit: the n-grams
 * come from OpenNLP's own context generator and are collected in a hash map in the same order; the sums
 * start from the model's uniform prior, add each n-gram's parameters in that order, and are normalised
 * through {@link StrictMath#exp}; the first language of the highest probability wins, as after OpenNLP's
 * stable sort. {@code LanguageTableTest} compares both on every corpus, dev2 and models text.
 */
final class LanguageTable {
    static final String RESOURCE = "langdetect-table.bin";
    static final int MAGIC = 0x4c444731; // "LDG1"

    private final LanguageDetectorContextGenerator contexts = new LanguageDetectorFactory().getContextGenerator();
    private final String[] languages;
    private final double logPrior;
    /** Each predicate (an n-gram of at most 3 chars) as a number: see {@link #key}; sorted. */
    private final long[] keys;
    /** Predicate k's parameters are entries starts[k] to starts[k + 1] of the two arrays below. */
    private final int[] starts;
    private final byte[] outcomes;
    private final ByteBuffer parameters;

    private LanguageTable(ByteBuffer in) {
        if (in.getInt() != MAGIC) {
            throw new IllegalStateException(RESOURCE + " is not a language table of this version: rebuild the jar");
        }
        languages = new String[in.getInt()];
        for (int i = 0; i < languages.length; i++) {
            byte[] name = new byte[in.get()];
            in.get(name);
            languages[i] = new String(name, StandardCharsets.UTF_8);
        }
        logPrior = StrictMath.log(1.0 / languages.length);
        keys = new long[in.getInt()];
        in.asLongBuffer().get(keys);
        in.position(in.position() + 8 * keys.length);
        starts = new int[keys.length + 1];
        in.asIntBuffer().get(starts);
        in.position(in.position() + 4 * starts.length);
        outcomes = new byte[starts[keys.length]];
        in.get(outcomes);
        parameters = in.slice();
    }

    static LanguageTable load() {
        return new LanguageTable(
                BuiltResources.read(LanguageTable.class, RESOURCE, "OpenNLP's langdetect-183 model"));
    }

    /** An n-gram of one to three chars as one number: the chars, 16 bits each, and the length above them. */
    static long key(CharSequence gram) {
        if (gram.length() > 3) {
            return -1;
        }
        long k = gram.length();
        for (int i = 0; i < gram.length(); i++) {
            k = (k << 16) | gram.charAt(i);
        }
        return k << (16 * (3 - gram.length()));
    }

    /** The model's most probable language (ISO 639-3) for {@code text}, as OpenNLP's predictLanguage answers. */
    String predictLanguage(CharSequence text) {
        double[] probabilities = probabilities(text);
        int best = 0;
        for (int i = 1; i < probabilities.length; i++) {
            if (Double.compare(probabilities[i], probabilities[best]) > 0) {
                best = i;
            }
        }
        return languages[best];
    }

    double[] probabilities(CharSequence text) {
        Map<CharSequence, Boolean> grams = new HashMap<>();
        for (CharSequence gram : contexts.<CharSequence>getContext(text)) {
            grams.put(gram, Boolean.TRUE);
        }
        double[] sums = new double[languages.length];
        Arrays.fill(sums, logPrior);
        double value = 1f; // OpenNLP counts every n-gram once (its OPENNLP-1261)
        for (CharSequence gram : grams.keySet()) {
            int k = Arrays.binarySearch(keys, key(gram.toString()));
            if (k < 0) {
                continue;
            }
            for (int a = starts[k]; a < starts[k + 1]; a++) {
                sums[outcomes[a]] += parameters.getDouble(8 * a) * value;
            }
        }
        double normal = 0.0;
        for (int i = 0; i < sums.length; i++) {
            sums[i] = StrictMath.exp(sums[i]);
            normal += sums[i];
        }
        for (int i = 0; i < sums.length; i++) {
            sums[i] /= normal;
        }
        return sums;
    }

    String[] languages() {
        return languages.clone();
    }
}
