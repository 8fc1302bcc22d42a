package org.paralelo.assessment;

import java.math.BigDecimal;

/**
 * The outcome of grading one answer: the points awarded out of the question's points. An essay is
 * {@code pending} (zero points for now) until a trainer grades it by hand.
 */
public record Score(BigDecimal points, BigDecimal maxPoints, boolean pending) {

    public static Score of(BigDecimal points, BigDecimal maxPoints) {
        return new Score(points, maxPoints, false);
    }

    public static Score pendingOutOf(BigDecimal maxPoints) {
        return new Score(BigDecimal.ZERO.setScale(2), maxPoints, true);
    }

    public boolean full() {
        return !pending && points.compareTo(maxPoints) == 0;
    }
}
