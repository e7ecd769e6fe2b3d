package org.newsfacts.reconcile;

import org.newsfacts.claims.Claim;

/**
 * A claim with the range its figure allows, worked out once when the claim enters the reconciler (reading the
 * written precision is the costliest step per claim, and every check and explanation needs the range).
 */
public record StatedValue(Claim claim, Interval allowed) {

    public static StatedValue of(Claim claim) {
        return new StatedValue(claim, StatedInterval.of(claim));
    }
}
