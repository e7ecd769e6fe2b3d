package org.newsfacts.reconcile;

import org.newsfacts.claims.Claim;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Set;

/** Numbers, values and ranges as a person reads them in an explanation. */
public final class Display {
    private static final Set<String> CURRENCIES = Set.of("HKD", "USD", "CNY");

    private Display() {
    }

    /** 117542 → "117,542"; 8.5 → "8.5"; no exponent, no trailing zeros. */
    static String number(BigDecimal value) {
        BigDecimal plain = value.stripTrailingZeros();
        return grouped(plain.scale() < 0 ? plain.setScale(0) : plain);
    }

    /** A derived figure rounded for reading: {@code significant} significant digits. */
    static String rounded(BigDecimal value, int significant) {
        return number(value.round(new MathContext(significant, RoundingMode.HALF_UP)));
    }

    /** A derived figure with a fixed number of decimals: 8.9157 → "8.92", 9 → "9.00". */
    static String fixed(BigDecimal value, int decimals) {
        return grouped(value.setScale(decimals, RoundingMode.HALF_UP));
    }

    /** The plain digits with a comma every three places of the integer part (DecimalFormat is far slower). */
    public static String grouped(BigDecimal value) {
        String plain = value.toPlainString();
        int sign = plain.startsWith("-") ? 1 : 0;
        int point = plain.indexOf('.');
        int integerEnd = point < 0 ? plain.length() : point;
        StringBuilder out = new StringBuilder(plain.length() + 8).append(plain, 0, sign);
        for (int i = sign; i < integerEnd; i++) {
            out.append(plain.charAt(i));
            int remaining = integerEnd - i - 1;
            if (remaining > 0 && remaining % 3 == 0) {
                out.append(',');
            }
        }
        return out.append(plain, integerEnd, plain.length()).toString();
    }

    public static String withUnit(String number, String unit) {
        if (unit == null) {
            return number;
        }
        if (CURRENCIES.contains(unit)) {
            return unit + " " + number;
        }
        return switch (unit) {
            case "%" -> number + "%";
            case "count" -> number;
            case "rank" -> "No. " + number;
            case "per_million" -> number + " per million";
            case "ratio" -> "1:" + number;
            case "m2" -> number + " m²";
            case "years" -> number + " years";
            default -> number + " " + unit;
        };
    }

    /** A claim's value as stated: "9%", "over 60", "about 4,700". */
    static String stated(Claim claim) {
        String value = withUnit(number(claim.value()), claim.unit());
        if (claim.qualifier() == null) {
            return value;
        }
        return switch (claim.qualifier()) {
            case Claim.APPROX -> "about " + value;
            case Claim.OVER -> "over " + value;
            case Claim.UNDER -> "under " + value;
            default -> value;
        };
    }

    /** "8.5–9.5%", "exactly 79", "more than 60", "less than 5%". */
    public static String range(Interval interval, String unit) {
        if (interval.isExact()) {
            return "exactly " + withUnit(number(interval.low()), unit);
        }
        if (interval.bounded()) {
            return rangeText(number(interval.low()), number(interval.high()), unit);
        }
        if (interval.boundedBelow()) {
            return (interval.lowClosed() ? "at least " : "more than ") + withUnit(number(interval.low()), unit);
        }
        if (interval.boundedAbove()) {
            return (interval.highClosed() ? "at most " : "less than ") + withUnit(number(interval.high()), unit);
        }
        return "any value";
    }

    /** A range of two already formatted numbers: "8.5–9.5%", "USD 1–2", "2,291.5–2,292.5 per million". */
    static String rangeText(String low, String high, String unit) {
        if ("rank".equals(unit)) {
            return "No. " + low + "–" + high;
        }
        if ("ratio".equals(unit)) {
            return "1:" + low + "–1:" + high;
        }
        return withUnit(low + "–" + high, unit);
    }

    /** The article as named in explanations: its file name, with the outlet where known. */
    static String doc(String doc, String outlet) {
        int slash = doc.lastIndexOf('/');
        String name = slash >= 0 ? doc.substring(slash + 1) : doc;
        return outlet == null || outlet.isBlank() ? name : name + " (" + outlet + ")";
    }

    static String doc(Claim claim) {
        return doc(claim.doc(), claim.outlet());
    }

    /** A label inside a sentence: "Scientific publications" → "scientific publications", "PCT …" kept. */
    static String inSentence(String label) {
        if (label.length() > 1 && Character.isUpperCase(label.charAt(0)) && Character.isLowerCase(label.charAt(1))) {
            return Character.toLowerCase(label.charAt(0)) + label.substring(1);
        }
        return label;
    }

    /** "once" is left out; "twice", "3 times". */
    static String times(int count) {
        return count == 1 ? "" : count == 2 ? " (twice)" : " (" + count + " times)";
    }

    /** "a", "a and b", "a, b and c". */
    static String list(List<String> items) {
        if (items.isEmpty()) {
            return "";
        }
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }
}
