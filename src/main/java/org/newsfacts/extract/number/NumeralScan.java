package org.newsfacts.extract.number;

import org.newsfacts.lexicon.Trie;
import org.newsfacts.text.normalize.CaseFilter;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * One scan of one text: the cursor of {@link NumeralScanner#scan}, the state its readers share, and the
 * dispatch to the reader of each numeral system: {@link ArabicNumeralReader} (digits, separators, letter
 * scales), {@link ChineseNumeralReader} and {@link ChineseNumeralComposer} (Chinese numerals and scale
 * characters), {@link EnglishNumberReader} (number words), {@link NumeralSuffixes} (what turns a cardinal
 * into a percentage, a fraction or a discount) and {@link AddressSkipper} (addresses are no numbers).
 */
final class NumeralScan extends NumeralReader {

    static final MathContext DIVISION = new MathContext(20, RoundingMode.HALF_EVEN);

    /** Words in which a numeral character is not a number (一切, 统一), each valued by its place in the list. */
    final Trie<Integer> idioms;
    private final java.util.Set<String> unitWords;
    private final List<Numeral> out = new ArrayList<>();

    final ArabicNumeralReader arabic;
    final ChineseNumeralReader han;
    final EnglishNumberReader english;
    final NumeralSuffixes suffixes;
    private final AddressSkipper addresses;

    /** Where the next part of a dotted chain (192.168.1.2) starts; a numeral there gets DOTTED. */
    int dottedAt = -1;
    /** Where the next part of a slash chain (5/17/2018) starts. */
    int chainAt = -1;
    /** Set by a reader that found no number, so that the scan jumps past what it read (V3, 180ml). */
    int skipTo = -1;
    /** Set by the Arabic reader: the numeral it returned is followed by another dotted or slash part. */
    int pendingChain;

    NumeralScan(CharSequence s, Trie<Integer> idioms, java.util.Set<String> unitWords) {
        super(null, s);
        this.idioms = idioms;
        this.unitWords = unitWords;
        this.arabic = new ArabicNumeralReader(this, s);
        this.han = new ChineseNumeralReader(this, s);
        this.english = new EnglishNumberReader(this, s);
        this.suffixes = new NumeralSuffixes(this, s);
        this.addresses = new AddressSkipper(this, s);
    }

    /** Whether the letters [from, to) are a unit word that may touch a number (Rmb1.2bn). */
    boolean unitWord(int from, int to) {
        return !unitWords.isEmpty() && to - from <= 6 && unitWords.contains(CaseFilter.lower(foldedText(from, to)));
    }

    List<Numeral> run() {
        int i = 0;
        while (i < n) {
            if (!NumeralChars.isTrigger(s.charAt(i))) {
                i++;
                continue;
            }
            skipTo = -1;
            int next = dispatch(i);
            i = Math.max(Math.max(next, skipTo), i + 1);
        }
        return out;
    }

    void add(Numeral x) {
        out.add(x);
    }

    /** Forgets the numerals read from {@code start} on (they were inside an address). */
    void dropFrom(int start) {
        while (!out.isEmpty() && out.get(out.size() - 1).start() >= start) {
            out.remove(out.size() - 1);
        }
    }

    int skipAddress(int start, int from) {
        return addresses.skip(start, from);
    }

    // ------------------------------------------------------------------ dispatch

    private int dispatch(int i) {
        char c = at(i);
        if (NumeralChars.isDigit(c)) {
            return numberAt(i);
        }
        switch (c) {
            case '.':
                if (digitAt(i + 1) && !digitAt(i - 1) && at(i - 1) != '.' && !letterAt(i - 1)) {
                    return numberAt(i);
                }
                return i + 1;
            case '-':
            case '+':
                return signStarts(i) ? numberAt(i) : i + 1;
            case ':':
                return addresses.afterColon(i);
            case '@':
                return addresses.afterAt(i);
            default:
                break;
        }
        if (NumeralChars.isLetter(c)) {
            return english.readAt(i);
        }
        BigDecimal vulgar = NumeralChars.vulgarFraction(c);
        if (vulgar != null) {
            out.add(new Numeral(i, i + 1, vulgar, NumeralForm.FRACTION, i, i + 1, vulgar, Numeral.FRACTION_WORD, BigDecimal.ZERO));
            return i + 1;
        }
        return han.readAt(i, c);
    }

    /** A sign directly before a digit, not inside a word or a range (SCP-173, 2020-2025, "- 15所"). */
    private boolean signStarts(int i) {
        boolean digitNext = digitAt(i + 1) || (at(i + 1) == '.' && digitAt(i + 2));
        if (!digitNext) {
            return false;
        }
        char before = at(i - 1);
        return !(NumeralChars.isLetter(before) || NumeralChars.isDigit(before) || before == '-' || before == '+'
                || before == '.' || before == '/' || before == '_' || before == ')' || before == '%');
    }

    /** Reads the numeral at {@code i}, applies the suffixes, emits it. */
    int numberAt(int i) {
        pendingChain = 0;
        Numeral core = core(i);
        if (core == null) {
            return skipTo > i ? skipTo : i + 1;
        }
        int chain = pendingChain;
        Numeral full = core.form() == NumeralForm.CARDINAL && chain == 0 ? suffixes.wrap(core) : core;
        if (chain == Numeral.DOTTED) {
            dottedAt = full.end() + 1;
        } else if (chain == Numeral.CHAIN) {
            chainAt = full.end() + 1;
        }
        out.add(full);
        return full.end();
    }

    /** Whether a number may start at {@code q} (used after 第, 分之, over …). */
    boolean startsNumber(int q) {
        char c = at(q);
        if (NumeralChars.isDigit(c) || (c == '.' && digitAt(q + 1))) {
            return true;
        }
        if (c == '-' && (digitAt(q + 1) || at(q + 1) == '.')) {
            return true;
        }
        if (c == '负' || c == '負') {
            return startsNumber(skipSpaces(q + 1));
        }
        byte k = NumeralChars.hanKind(c);
        return k != NumeralChars.NOT_HAN && (!NumeralChars.isAmbiguous(c) || han.numeralNeighbour(q));
    }

    /**
     * The bare numeral at {@code i}: sign, digits or Chinese numerals or English words, with scale
     * words, but without the suffixes (%, 成, 分之). Null where nothing is a number.
     */
    Numeral core(int i) {
        char c = at(i);
        if (c == '-' || c == '+') {
            Numeral body = arabic.core(i + 1);
            return body == null ? null : signed(body, i, c == '-');
        }
        if (c == '负' || c == '負') {
            int q = skipSpaces(i + 1);
            Numeral body = core(q);
            return body == null ? null : signed(body, i, true);
        }
        if (NumeralChars.isDigit(c) || c == '.') {
            return arabic.core(i);
        }
        if (NumeralChars.isLetter(c)) {
            return english.core(i, null);
        }
        return han.core(i);
    }

    Numeral signed(Numeral body, int start, boolean negative) {
        BigDecimal v = negative ? body.value().negate() : body.value();
        BigDecimal num = negative ? body.number().negate() : body.number();
        int numberStart = body.numberStart() == body.start() ? start : body.numberStart();
        return new Numeral(start, body.end(), v, body.form(), numberStart, body.numberEnd(), num,
                body.flags() | Numeral.SIGNED, body.step());
    }
}
