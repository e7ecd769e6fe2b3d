package org.newsfacts.extract.number;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * English number words: cardinals (twenty-one, two hundred and five, 2.48 billion), ordinals (eighth),
 * fractions (two thirds, a half), "percent of 10", a minus before digits. It gathers the tokens of one
 * number; {@link EnglishTokens} says what they mean. A lone "one" after the, this, which … is a pronoun, and
 * the digits of a web address after http or www are skipped.
 */
final class EnglishNumberReader extends NumeralReader {

    /** Words before a lone "one" that make it a pronoun (the one, this one). */
    private static final long[] PRONOUN_ONE_BEFORE = {
        EnglishWords.key("the"), EnglishWords.key("this"), EnglishWords.key("that"), EnglishWords.key("which"),
        EnglishWords.key("each"), EnglishWords.key("every"), EnglishWords.key("any"), EnglishWords.key("no"),
        EnglishWords.key("another"), EnglishWords.key("some")
    };
    private static final long KEY_HTTP = EnglishWords.key("http");
    private static final long KEY_HTTPS = EnglishWords.key("https");
    private static final long KEY_FTP = EnglishWords.key("ftp");
    private static final long KEY_WWW = EnglishWords.key("www");
    private static final long KEY_OF = EnglishWords.key("of");


    EnglishNumberReader(NumeralScan scan, CharSequence s) {
        super(scan, s);
    }

    /** The key of the last word read by {@link #word(int)}, a number word or not. */
    long lastWordKey;
    /** End of the last word read by {@link #word(int)}. */
    int wordEnd;

    /** The number word at {@code q} (which must start a word), or null; sets {@link #wordEnd}. */
    EnglishWords.Word word(int q) {
        long key = 0;
        int j = q;
        while (letterAt(j)) {
            key = EnglishWords.extend(key, at(j));
            j++;
        }
        wordEnd = j;
        lastWordKey = key;
        EnglishWords.Word w = EnglishWords.lookup(key);
        if (w != null && w.type() == EnglishWords.PERCENT && j - q == 3 && allCapitals(q, j)) {
            // Capital "PCT" after a number is the Patent Cooperation Treaty ("filed 128,000 PCT applications",
            // "69,500 PCT filings"); wire copy abbreviates percent in lower case ("rose 5 pct").
            return null;
        }
        return w;
    }

    private boolean allCapitals(int from, int to) {
        for (int k = from; k < to; k++) {
            if (!Character.isUpperCase(at(k))) {
                return false;
            }
        }
        return true;
    }

    /** Reads what starts at the letter at {@code i}; returns where the scan goes on. */
    int readAt(int i) {
        if (letterAt(i - 1)) {
            int j = i;
            while (letterAt(j)) {
                j++;
            }
            return j;
        }
        EnglishWords.Word w = word(i);
        long key = lastWordKey;
        int end = wordEnd;
        if (digitAt(end)) {
            return scan.unitWord(i, end) ? end : endOfAlphanumeric(end);
        }
        if (w == null) {
            if ((key == KEY_HTTP || key == KEY_HTTPS || key == KEY_FTP) && at(end) == ':' && at(end + 1) == '/') {
                return scan.skipAddress(i, end);
            }
            if (key == KEY_WWW && at(end) == '.') {
                return scan.skipAddress(i, end);
            }
            return end;
        }
        switch (w.type()) {
            case EnglishWords.PERCENT:
            case EnglishWords.PER:
                return percentOf(i, w);
            case EnglishWords.AND:
            case EnglishWords.POINT:
            case EnglishWords.CENT:
            case EnglishWords.DOZEN:
                return end;
            case EnglishWords.BIG:
                return end; // a scale word needs a number before it
            case EnglishWords.HUNDRED:
                if (w.plural()) {
                    return end;
                }
                break;
            case EnglishWords.A: {
                // "a" and "an" start a number only before hundred, a scale, dozen, half or a fraction word.
                int r = skipSpaces(end);
                EnglishWords.Word next = r > end && letterAt(r) ? word(r) : null;
                if (next == null || !(next.type() == EnglishWords.HUNDRED || next.type() == EnglishWords.BIG
                        || next.type() == EnglishWords.DOZEN || next.type() == EnglishWords.HALF
                        || next.type() == EnglishWords.ORD || next.type() == EnglishWords.TENS)) {
                    return end;
                }
                break;
            }
            case EnglishWords.MINUS: {
                int r = skipSpaces(end);
                if (r > end && digitAt(r)) {
                    scan.pendingChain = 0;
                    Numeral body = scan.arabic.core(r);
                    if (body == null || scan.pendingChain != 0) {
                        return end;
                    }
                    Numeral neg = scan.signed(body, i, true);
                    if (neg.form() == NumeralForm.CARDINAL) {
                        neg = scan.suffixes.wrap(neg);
                    }
                    scan.add(neg);
                    return neg.end();
                }
                break;
            }
            default:
                break;
        }
        Numeral core = core(i, null);
        if (core == null) {
            return end;
        }
        if (core.form() == NumeralForm.CARDINAL) {
            core = scan.suffixes.wrap(core);
        }
        scan.add(core);
        return core.end();
    }

    /** "percent of 10", "per cent of twenty-two". */
    private int percentOf(int i, EnglishWords.Word w) {
        int k = wordEnd;
        if (w.type() == EnglishWords.PER) {
            int r = skipSpaces(k);
            EnglishWords.Word cent = letterAt(r) ? word(r) : null;
            if (cent == null || cent.type() != EnglishWords.CENT) {
                return k;
            }
            k = wordEnd;
        }
        int r = skipSpaces(k);
        if (!letterAt(r)) {
            return k;
        }
        word(r);
        if (lastWordKey != KEY_OF) {
            return k;
        }
        int y0 = skipSpaces(wordEnd);
        if (y0 == wordEnd) {
            return k;
        }
        Numeral y = digitAt(y0) ? scan.arabic.quietCore(y0) : letterAt(y0) ? core(y0, null) : null;
        if (y == null || y.form() != NumeralForm.CARDINAL) {
            return k;
        }
        scan.add(new Numeral(i, y.end(), y.value(), NumeralForm.PERCENT, y.start(), y.end(), y.value(),
                y.flags() | Numeral.PERCENT_WORD, y.step()));
        return y.end();
    }


    /**
     * Reads English number words from {@code p} (and the digits {@code first}, when the number began
     * with digits: 3 hundred and 21, 2.48 billion).
     */
    Numeral core(int p, Numeral first) {
        List<EnglishTokens.Tok> toks = new ArrayList<>(8);
        int k = p;
        boolean afterAnd = false;
        boolean hyphen = false;
        if (first != null) {
            toks.add(new EnglishTokens.Tok((byte) 0, first.value(), false, (byte) 0, first.start(), first.end(), false, false));
        }
        while (toks.size() < 40) {
            if (!letterAt(k) && !(digitAt(k) && !toks.isEmpty())) {
                break;
            }
            EnglishTokens.Tok t;
            if (digitAt(k)) {
                EnglishTokens.Tok prev = toks.get(toks.size() - 1);
                boolean afterScale = prev.type() == EnglishWords.HUNDRED || prev.type() == EnglishWords.BIG;
                if (!(prev.type() == EnglishWords.AND || afterScale) || letterAt(k - 1)) {
                    break;
                }
                ArabicNumeralReader.Digits d = scan.arabic.readDigits(k, true);
                if (d == null || letterAt(d.end()) || d.dottedNext()) {
                    break;
                }
                if (afterScale && prev.type() == EnglishWords.BIG) {
                    // 4 thousand 3 hundred: digits after thousand only when a scale word follows.
                    int r = skipSpaces(d.end());
                    EnglishWords.Word nw = letterAt(r) ? word(r) : null;
                    if (nw == null || (nw.type() != EnglishWords.HUNDRED && nw.type() != EnglishWords.BIG)) {
                        break;
                    }
                } else if (prev.type() == EnglishWords.AND && d.value().compareTo(BigDecimal.valueOf(1000)) >= 0) {
                    break;
                } else if (afterScale && prev.type() == EnglishWords.HUNDRED) {
                    break;
                }
                t = new EnglishTokens.Tok((byte) 0, d.value(), false, (byte) 0, k, d.end(), afterAnd, hyphen);
            } else {
                if (letterAt(k - 1)) {
                    break;
                }
                EnglishWords.Word w = word(k);
                if (w == null || digitAt(wordEnd)) {
                    break;
                }
                byte type = w.type();
                if (type == EnglishWords.PERCENT || type == EnglishWords.PER || type == EnglishWords.CENT) {
                    break;
                }
                if (type == EnglishWords.MINUS && !toks.isEmpty()) {
                    break;
                }
                t = new EnglishTokens.Tok(type, BigDecimal.valueOf(w.value()), w.plural(), w.base(), k, wordEnd, afterAnd, hyphen);
            }
            toks.add(t);
            afterAnd = t.type() == EnglishWords.AND;
            // Separator to the next token: spaces, or a hyphen with optional spaces (fifty - two).
            int r = skipSpaces(t.end());
            hyphen = false;
            if (at(r) == '-' && r + 1 < n) {
                int r2 = skipSpaces(r + 1);
                if (letterAt(r2) || digitAt(r2)) {
                    hyphen = true;
                    r = r2;
                }
            }
            if (r == t.end() && !hyphen) {
                break;
            }
            k = r;
        }
        if (toks.isEmpty()) {
            return null;
        }
        EnglishTokens.Reading r = new EnglishTokens(toks, first != null).read();
        if (r == null) {
            return null;
        }
        Numeral x = r.numeral();
        if (first != null && x.form() == NumeralForm.CARDINAL) {
            // Digits with scale words after them (2.48 billion, 322 hundred) are as precise as their last digit at
            // that scale; 3 hundred and 21 wrote its units.
            BigDecimal scale = first.value().signum() == 0 ? null
                    : x.value().divide(first.value(), NumeralScan.DIVISION);
            if (scale != null && scale.compareTo(BigDecimal.ONE) >= 0 && Numeral.place(scale).compareTo(scale) == 0) {
                x = x.withStep(first.step().multiply(scale));
            }
        }
        // "one" after the, this, which …: a pronoun (the one you mentioned).
        if (r.loneOne() && pronounBefore(x.start())) {
            return null;
        }
        return r.negative() ? scan.signed(x, toks.get(0).start(), true) : x;
    }

    private boolean pronounBefore(int start) {
        int k = start - 1;
        while (k >= 0 && at(k) == ' ') {
            k--;
        }
        int e = k + 1;
        while (k >= 0 && letterAt(k)) {
            k--;
        }
        if (e - (k + 1) == 0 || e - (k + 1) > 8) {
            return false;
        }
        long key = 0;
        for (int m = k + 1; m < e; m++) {
            key = EnglishWords.extend(key, at(m));
        }
        for (long p : PRONOUN_ONE_BEFORE) {
            if (p == key) {
                return true;
            }
        }
        return false;
    }
}
