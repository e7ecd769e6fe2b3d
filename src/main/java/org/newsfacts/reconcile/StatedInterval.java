package org.newsfacts.reconcile;

import org.newsfacts.claims.Claim;

import java.math.BigDecimal;

/**
 * The range of true values a claim allows, from its written precision ({@code Claim.step}, as the number
 * grammar read the figure) and its qualifier.
 *
 * <ul>
 *   <li>no qualifier: the written figure's rounding range, half a unit of the last written digit either
 *       side (9% → 8.5–9.5; 16.9萬 → 168,500–169,500); counts and ranks written in full are exact;</li>
 *   <li>{@code over} (超, 逾, more than): strictly above the figure, unbounded above (超60 → (60, ∞));</li>
 *   <li>{@code under} (不足, less than): strictly below, unbounded below;</li>
 *   <li>{@code approx} (約, 近, 接近, about, nearly): ±5% of the figure or the rounding range, whichever is
 *       wider (約4700 → 4,465–4,935; 約90% → 85.5–94.5; 約9成 → 85–95). It is symmetric on purpose: 近 often
 *       means "just under", but 接近 and "nearly" are also used for figures a little above, and a one-sided
 *       band would turn those into false conflicts.</li>
 * </ul>
 */
public final class StatedInterval {
    /** The half-width of an approximation, as a share of the figure. */
    public static final BigDecimal APPROX_SHARE = new BigDecimal("0.05");

    private StatedInterval() {
    }

    public static Interval of(Claim claim) {
        BigDecimal value = claim.value();
        // The precision the number grammar recorded; read back from the surface only for a claim without it.
        BigDecimal half = claim.step() != null ? WrittenPrecision.halfStep(claim.step(), value, claim.unit())
                : WrittenPrecision.halfStep(claim.surface(), value, claim.unit());
        String qualifier = claim.qualifier();
        if (Claim.OVER.equals(qualifier)) {
            return Interval.above(value);
        }
        if (Claim.UNDER.equals(qualifier)) {
            return Interval.below(value);
        }
        if (Claim.APPROX.equals(qualifier)) {
            half = half.max(value.abs().multiply(APPROX_SHARE));
        }
        return half.signum() == 0 ? Interval.exact(value) : Interval.closed(value.subtract(half), value.add(half));
    }
}
