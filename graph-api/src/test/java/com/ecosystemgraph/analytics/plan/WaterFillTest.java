package com.ecosystemgraph.analytics.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The plan's allocation on the curves R(x) = a·ln(1 + x/S), by hand (no database). */
class WaterFillTest {

    @Test
    void theBudgetGoesWhereTheMarginalReturnIsHigher() {
        // marginal returns a / (S + x): 100 / 1000 against 400 / 1000. Equalising them would need x1 = -200,
        // so the low-return partner is held at its floor and the whole budget moves to the high-return one
        double[] x = new double[2];
        Allocation.waterFill(new double[]{100, 400}, 1000, new double[]{0, 0}, new double[]{5000, 5000}, 2000, x);
        assertThat(x[0]).isCloseTo(0, within(1e-6));
        assertThat(x[1]).isCloseTo(2000, within(1e-6));
    }

    @Test
    void equalCurvesShareTheBudgetAndAnUnequalSplitEqualisesMarginalReturns() {
        double[] x = new double[2];
        Allocation.waterFill(new double[]{100, 100}, 1000, new double[]{0, 0}, new double[]{5000, 5000}, 2000, x);
        assertThat(x[0]).isCloseTo(1000, within(1e-6));
        assertThat(x[1]).isCloseTo(1000, within(1e-6));
        // a 1:2 curve pair with budget 4000: (S + x2) = 2 (S + x1), x1 + x2 = 4000 -> x1 = 1000, x2 = 3000
        Allocation.waterFill(new double[]{100, 200}, 1000, new double[]{0, 0}, new double[]{5000, 5000}, 4000, x);
        assertThat(x[0]).isCloseTo(1000, within(1e-6));
        assertThat(x[1]).isCloseTo(3000, within(1e-6));
        assertThat(Curves.revenue(100, 1000, 1000)).isCloseTo(100 * Math.log(2), within(1e-12));
    }

    @Test
    void capsAndFloorsHold() {
        double[] x = new double[2];
        Allocation.waterFill(new double[]{100, 400}, 1000, new double[]{300, 0}, new double[]{5000, 1200}, 2000, x);
        assertThat(x[0]).isCloseTo(800, within(1e-6)); // the high-return partner is capped at 1200, the rest goes to the other
        assertThat(x[1]).isCloseTo(1200, within(1e-6));
    }
}
