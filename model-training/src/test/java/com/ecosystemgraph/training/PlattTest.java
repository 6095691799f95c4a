package com.ecosystemgraph.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.ecosystemgraph.scoring.model.Calibration;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PlattTest {

    @Test
    void recoversAKnownMiscalibration() {
        // Outcomes drawn with p = sigmoid(2 * logit(raw) - 1): Platt should find slope ~2, intercept ~-1.
        Random rng = new Random(1);
        int n = 20_000;
        boolean[] l = new boolean[n];
        double[] raw = new double[n];
        for (int i = 0; i < n; i++) {
            raw[i] = Calibration.sigmoid(rng.nextGaussian());
            l[i] = rng.nextDouble() < Calibration.sigmoid(2 * Calibration.logit(raw[i]) - 1);
        }
        Calibration c = Platt.fit(l, raw);
        assertThat(c.method()).isEqualTo("platt");
        assertThat(c.slope()).isCloseTo(2.0, within(0.1));
        assertThat(c.intercept()).isCloseTo(-1.0, within(0.1));
    }

    @Test
    void separableDataStillGivesFiniteParameters() {
        boolean[] l = {true, true, false, false};
        double[] raw = {0.9, 0.8, 0.2, 0.1};
        Calibration c = Platt.fit(l, raw);
        assertThat(Double.isFinite(c.slope())).isTrue();
        assertThat(c.apply(0.9)).isGreaterThan(c.apply(0.1));
    }
}
