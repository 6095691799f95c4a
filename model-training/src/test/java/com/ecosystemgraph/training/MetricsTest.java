package com.ecosystemgraph.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.ecosystemgraph.scoring.model.ModelCard;
import com.ecosystemgraph.scoring.model.ModelCard.Estimate;
import com.ecosystemgraph.scoring.model.ModelCard.Lift;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MetricsTest {

    private static double bruteForceAuc(boolean[] l, double[] s) {
        double sum = 0;
        int pairs = 0;
        for (int i = 0; i < l.length; i++) {
            for (int j = 0; j < l.length; j++) {
                if (l[i] && !l[j]) {
                    sum += s[i] > s[j] ? 1 : s[i] == s[j] ? 0.5 : 0;
                    pairs++;
                }
            }
        }
        return sum / pairs;
    }

    @Test
    void aucMatchesThePairwiseDefinitionWithTies() {
        Random rng = new Random(3);
        boolean[] l = new boolean[200];
        double[] s = new double[200];
        for (int i = 0; i < l.length; i++) {
            l[i] = rng.nextDouble() < 0.3;
            s[i] = Math.round((l[i] ? 0.5 : 0) + rng.nextDouble() * 10) / 10.0;
        }
        assertThat(Metrics.auc(l, s)).isCloseTo(bruteForceAuc(l, s), within(1e-12));
    }

    @Test
    void expectedAucIsThePairwiseExpectationOverTheTrueProbabilities() {
        // p = 0.9, 0.5, 0.2 with scores ranking them 3, 1, 2 (the second and third tied):
        // pairs (i, j): weight p_i (1 - p_j), indicator s_i > s_j (ties half).
        double[] p = {0.9, 0.5, 0.2};
        double[] s = {3, 1, 1};
        double w01 = 0.9 * 0.5, w02 = 0.9 * 0.8, w10 = 0.5 * 0.1, w12 = 0.5 * 0.8, w20 = 0.2 * 0.1, w21 = 0.2 * 0.5;
        double expected = (w01 + w02 + 0.5 * w12 + 0.5 * w21) / (w01 + w02 + w10 + w12 + w20 + w21);
        assertThat(Metrics.expectedAuc(s, p)).isCloseTo(expected, within(1e-12));

        Random rng = new Random(9);
        double[] truth = new double[300];
        double[] scores = new double[300];
        double[] inverse = new double[300];
        for (int i = 0; i < truth.length; i++) {
            truth[i] = rng.nextDouble();
            scores[i] = Math.round((truth[i] + 0.3 * rng.nextGaussian()) * 10) / 10.0;
            inverse[i] = -truth[i];
        }
        double num = 0, den = 0;
        for (int i = 0; i < truth.length; i++) {
            for (int j = 0; j < truth.length; j++) {
                if (i != j) {
                    double w = truth[i] * (1 - truth[j]);
                    den += w;
                    num += w * (scores[i] > scores[j] ? 1 : scores[i] == scores[j] ? 0.5 : 0);
                }
            }
        }
        assertThat(Metrics.expectedAuc(scores, truth)).isCloseTo(num / den, within(1e-12));
        assertThat(Metrics.expectedAucRatio(truth, truth)).isEqualTo(1.0);
        assertThat(Metrics.expectedAuc(inverse, truth)).isCloseTo(1 - Metrics.expectedAuc(truth, truth), within(1e-12));
        assertThat(Metrics.expectedAuc(new double[]{1, 2}, new double[]{0, 0})).isNaN();
    }

    @Test
    void deLongVarianceOfASmallExampleIsTheHandComputedOne() {
        // positives 0.9, 0.6; negatives 0.7, 0.2: V10 = {1, 0.5}, V01 = {0.5, 1}, AUC 0.75,
        // var = var(V10)/2 + var(V01)/2 = 0.125/2 + 0.125/2 = 0.125.
        boolean[] l = {true, true, false, false};
        double[] s = {0.9, 0.6, 0.7, 0.2};
        Estimate e = Metrics.aucEstimate(l, s);
        assertThat(e.value()).isEqualTo(0.75);
        double se = Math.sqrt(0.125);
        assertThat(e.low()).isCloseTo(Math.max(0, 0.75 - Metrics.Z95 * se), within(1e-12));
        assertThat(e.high()).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void aPairedDifferenceOfAScoreWithItselfIsExactlyZero() {
        boolean[] l = {true, false, true, false, true, false};
        double[] s = {0.8, 0.3, 0.6, 0.65, 0.9, 0.1};
        Estimate d = Metrics.aucDifference(l, s, s);
        assertThat(d.value()).isZero();
        assertThat(d.low()).isZero();
        assertThat(d.high()).isZero();
    }

    @Test
    void reliabilityBinsAreTheEceBinsWithTheirEdges() {
        boolean[] l = {true, false, false, true, true};
        double[] p = {0.05, 0.08, 0.12, 0.95, 1.0};
        List<ModelCard.ReliabilityBin> bins = Metrics.reliabilityBins(l, p, 10);
        assertThat(bins).hasSize(3);
        assertThat(bins.get(0).lower()).isEqualTo(0.0);
        assertThat(bins.get(0).upper()).isEqualTo(0.1);
        assertThat(bins.get(0).count()).isEqualTo(2);
        assertThat(bins.get(0).meanPredicted()).isCloseTo(0.065, within(1e-12));
        assertThat(bins.get(0).observedRate()).isEqualTo(0.5);
        assertThat(bins.get(2).lower()).isEqualTo(0.9);
        assertThat(bins.get(2).count()).isEqualTo(2);
        assertThat(bins.get(2).observedRate()).isEqualTo(1.0);
        // ECE = sum over bins of |sum p - positives| / n
        double ece = bins.stream().mapToDouble(b -> Math.abs(b.meanPredicted() - b.observedRate()) * b.count()).sum() / p.length;
        assertThat(ece).isCloseTo(Metrics.ece(l, p, 10), within(1e-12));
    }

    @Test
    void rocCurveRunsFromTheOriginToOneOne() {
        List<ModelCard.RocPoint> roc = Metrics.rocCurve(new boolean[]{true, false, true, false}, new double[]{0.9, 0.1, 0.8, 0.85});
        assertThat(roc.getFirst()).isEqualTo(new ModelCard.RocPoint(0, 0));
        assertThat(roc.getLast()).isEqualTo(new ModelCard.RocPoint(1, 1));
        assertThat(Metrics.rocCurve(new boolean[]{true, true}, new double[]{0.2, 0.3})).isEmpty();
    }

    @Test
    void brierEceAndLift() {
        boolean[] l = {true, false, true, false};
        double[] p = {1.0, 0.0, 0.5, 0.5};
        assertThat(Metrics.brier(l, p)).isEqualTo(0.125);
        assertThat(Metrics.ece(l, p, 10)).isEqualTo(0.0);
        assertThat(Metrics.ece(new boolean[]{false, false}, new double[]{0.9, 0.9}, 10)).isCloseTo(0.9, within(1e-12));
        boolean[] labels = new boolean[20];
        double[] scores = new double[20];
        for (int i = 0; i < 20; i++) {
            scores[i] = i;
            labels[i] = i >= 18;
        }
        List<Lift> lifts = Metrics.liftByDecile(labels, scores);
        assertThat(lifts).hasSize(10);
        assertThat(lifts.getFirst().lift()).isEqualTo(10.0);
        assertThat(lifts.get(1).lift()).isZero();
    }

    @Test
    void thresholdAndPrecisionRecall() {
        boolean[] l = {true, true, false, false};
        double[] p = {0.9, 0.6, 0.5, 0.1};
        assertThat(Metrics.bestF1Threshold(l, p)).isEqualTo(0.6);
        assertThat(Metrics.precisionRecall(l, p, 0.6)).containsExactly(1.0, 1.0, 0.5);
    }

    @Test
    void bootstrapIntervalsContainTheEstimateAndAreReproducible() {
        Random rng = new Random(5);
        boolean[] l = new boolean[300];
        double[] p = new double[300];
        for (int i = 0; i < l.length; i++) {
            p[i] = rng.nextDouble();
            l[i] = rng.nextDouble() < p[i];
        }
        Estimate a = Metrics.bootstrap(l, p, Metrics::brier, 500, 9);
        Estimate b = Metrics.bootstrap(l, p, Metrics::brier, 500, 9);
        assertThat(a).isEqualTo(b);
        assertThat(a.low()).isLessThan(a.value());
        assertThat(a.high()).isGreaterThan(a.value());
    }
}
