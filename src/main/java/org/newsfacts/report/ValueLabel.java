package org.newsfacts.report;

import org.newsfacts.claims.Claim;
import org.newsfacts.reconcile.Display;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A claim's value as a column heading reads it: "9%", "No. 4", "over 2,200", "HKD 1,000". The same figure is
 * written in many ways across articles (16.9萬, 169,000); the heading shows the value they share, and each
 * source below it shows the figure as its article wrote it.
 */
final class ValueLabel {

    private ValueLabel() {
    }

    /** A figure written in plain digits ("2,292", "9%", "35") says nothing its label does not. */
    private static final Pattern PLAIN_DIGITS = Pattern.compile("[0-9.,%\\s]+");

    /**
     * The figures as the articles wrote them, where that says more than the label: words and Chinese numerals
     * ("三分一", "第一", "seven", "1200亿美元"); forms in plain digits are left out.
     */
    static List<String> writtenForms(List<Claim> claims) {
        Set<String> forms = new LinkedHashSet<>();
        for (Claim claim : claims) {
            String surface = claim.surface() == null ? "" : claim.surface().strip();
            if (!surface.isEmpty() && !PLAIN_DIGITS.matcher(surface).matches()) {
                forms.add(surface);
            }
        }
        return List.copyOf(forms);
    }

    static String of(Claim claim) {
        String value = Display.withUnit(number(claim.value()), claim.unit());
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

    /**
     * 117542 → "117,542"; 8.50 → "8.5"; never an exponent. A value with more than three decimals comes from a
     * fraction (三分之一 is 33.333…%) and reads as "≈33.33".
     */
    static String number(BigDecimal value) {
        BigDecimal plain = value.stripTrailingZeros();
        if (plain.scale() > 3) {
            return "≈" + number(plain.setScale(2, RoundingMode.HALF_UP));
        }
        return Display.grouped(plain.scale() < 0 ? plain.setScale(0) : plain);
    }
}
