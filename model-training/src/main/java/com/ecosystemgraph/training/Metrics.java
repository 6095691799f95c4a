package com.ecosystemgraph.training;

import com.ecosystemgraph.scoring.model.ModelCard;
import com.ecosystemgraph.scoring.model.ModelCard.Estimate;
import com.ecosystemgraph.scoring.model.ModelCard.Lift;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.tribuo.classification.evaluation.LabelEvaluationUtil;

/**
 * Binary ranking and calibration metrics with confidence intervals.
 *
 * <p>AUC uses DeLong's method (DeLong, DeLong and Clarke-Pearson 1988, in Sun and Xu's fast
 * rank-based form) for the variance of one AUC and the covariance of two AUCs on the same examples,
 * which gives paired intervals for "model minus baseline". Tribuo and Commons Math have neither, so
 * it is here, tested against hand-computed values. Average precision (Tribuo's) and Brier score get
 * percentile bootstrap intervals.
 */
public final class Metrics {

    static final double Z95 = new NormalDistribution().inverseCumulativeProbability(0.975);

    private Metrics() {
    }

    /** AUC of the scores against the labels (ties count half); NaN without both classes. */
    public static double auc(boolean[] labels, double[] scores) {
        return delong(labels, new double[][]{scores}).auc[0];
    }

    /**
     * The AUC a ranking is expected to reach when every example's outcome is drawn from its true
     * probability: the sum over pairs i != j of p_i (1 - p_j) x [s_i > s_j] (ties count half), over
     * the sum of p_i (1 - p_j). Of the true probabilities themselves it is the best achievable
     * ranking's, so expectedAuc(scores, p) / expectedAuc(p, p) says how close a ranking comes to the
     * best achievable, free of the noise of one draw of outcomes. NaN for fewer than two examples or
     * when every probability is 0 or every one is 1.
     */
    public static double expectedAuc(double[] scores, double[] truth) {
        int n = scores.length;
        if (truth.length != n) {
            throw new IllegalArgumentException("scores and truth differ in length: " + n + " and " + truth.length);
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> scores[i]));
        double positives = 0;
        double negatives = 0;
        double selfPairs = 0;
        for (double p : truth) {
            positives += p;
            negatives += 1 - p;
            selfPairs += p * (1 - p);
        }
        double denominator = positives * negatives - selfPairs;
        double numerator = 0;
        double below = 0;
        for (int start = 0; start < n;) {
            int end = start;
            double tiedNegatives = 0;
            while (end < n && scores[order[end]] == scores[order[start]]) {
                tiedNegatives += 1 - truth[order[end]];
                end++;
            }
            for (int k = start; k < end; k++) {
                int i = order[k];
                numerator += truth[i] * (below + 0.5 * (tiedNegatives - (1 - truth[i])));
            }
            below += tiedNegatives;
            start = end;
        }
        return denominator > 0 ? numerator / denominator : Double.NaN;
    }

    /** How close a ranking comes to the best achievable: expectedAuc(scores, truth) / expectedAuc(truth, truth). */
    public static double expectedAucRatio(double[] scores, double[] truth) {
        return expectedAuc(scores, truth) / expectedAuc(truth, truth);
    }

    /** AUC with its 95% DeLong interval. */
    public static Estimate aucEstimate(boolean[] labels, double[] scores) {
        DeLong d = delong(labels, new double[][]{scores});
        double se = Math.sqrt(Math.max(0, d.cov[0][0]));
        return new Estimate(d.auc[0], Math.max(0, d.auc[0] - Z95 * se), Math.min(1, d.auc[0] + Z95 * se));
    }

    /** AUC(a) - AUC(b) on the same examples with its paired 95% DeLong interval. */
    public static Estimate aucDifference(boolean[] labels, double[] a, double[] b) {
        DeLong d = delong(labels, new double[][]{a, b});
        double diff = d.auc[0] - d.auc[1];
        double se = Math.sqrt(Math.max(0, d.cov[0][0] + d.cov[1][1] - 2 * d.cov[0][1]));
        return new Estimate(diff, diff - Z95 * se, diff + Z95 * se);
    }

    record DeLong(double[] auc, double[][] cov) {
    }

    static DeLong delong(boolean[] labels, double[][] scores) {
        int m = 0;
        for (boolean l : labels) {
            if (l) {
                m++;
            }
        }
        int n = labels.length - m;
        int k = scores.length;
        double[] auc = new double[k];
        double[][] cov = new double[k][k];
        if (m == 0 || n == 0) {
            Arrays.fill(auc, Double.NaN);
            for (double[] row : cov) {
                Arrays.fill(row, Double.NaN);
            }
            return new DeLong(auc, cov);
        }
        double[][] v10 = new double[k][m];
        double[][] v01 = new double[k][n];
        for (int s = 0; s < k; s++) {
            double[] pos = new double[m];
            double[] neg = new double[n];
            int pi = 0, ni = 0;
            for (int i = 0; i < labels.length; i++) {
                if (labels[i]) {
                    pos[pi++] = scores[s][i];
                } else {
                    neg[ni++] = scores[s][i];
                }
            }
            double[] all = new double[m + n];
            System.arraycopy(pos, 0, all, 0, m);
            System.arraycopy(neg, 0, all, m, n);
            double[] tx = midranks(pos);
            double[] ty = midranks(neg);
            double[] tz = midranks(all);
            double sum = 0;
            for (int i = 0; i < m; i++) {
                v10[s][i] = (tz[i] - tx[i]) / n;
                sum += tz[i];
            }
            for (int j = 0; j < n; j++) {
                v01[s][j] = 1.0 - (tz[m + j] - ty[j]) / m;
            }
            auc[s] = (sum / m - (m + 1) / 2.0) / n;
        }
        for (int a = 0; a < k; a++) {
            for (int b = a; b < k; b++) {
                double c = covariance(v10[a], v10[b]) / m + covariance(v01[a], v01[b]) / n;
                cov[a][b] = c;
                cov[b][a] = c;
            }
        }
        return new DeLong(auc, cov);
    }

    /** 1-based ranks with ties given their mean rank. */
    static double[] midranks(double[] x) {
        int n = x.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> x[i]));
        double[] ranks = new double[n];
        int i = 0;
        while (i < n) {
            int j = i;
            while (j < n - 1 && x[order[j + 1]] == x[order[i]]) {
                j++;
            }
            double mid = (i + j) / 2.0 + 1;
            for (int t = i; t <= j; t++) {
                ranks[order[t]] = mid;
            }
            i = j + 1;
        }
        return ranks;
    }

    private static double covariance(double[] a, double[] b) {
        int n = a.length;
        if (n < 2) {
            return 0;
        }
        double ma = 0, mb = 0;
        for (int i = 0; i < n; i++) {
            ma += a[i];
            mb += b[i];
        }
        ma /= n;
        mb /= n;
        double c = 0;
        for (int i = 0; i < n; i++) {
            c += (a[i] - ma) * (b[i] - mb);
        }
        return c / (n - 1);
    }

    /** Average precision (Tribuo's definition: precision averaged at each positive's rank). */
    public static double averagePrecision(boolean[] labels, double[] p) {
        return LabelEvaluationUtil.averagedPrecision(labels, p);
    }

    /** Mean squared difference of probability and outcome. */
    public static double brier(boolean[] labels, double[] p) {
        double s = 0;
        for (int i = 0; i < p.length; i++) {
            double d = p[i] - (labels[i] ? 1 : 0);
            s += d * d;
        }
        return s / p.length;
    }

    /** Expected calibration error over {@code bins} equal-width probability bins (those of {@link #reliabilityBins}). */
    public static double ece(boolean[] labels, double[] p, int bins) {
        double e = 0;
        for (ModelCard.ReliabilityBin bin : reliabilityBins(labels, p, bins)) {
            e += Math.abs(bin.meanPredicted() - bin.observedRate()) * bin.count() / p.length;
        }
        return e;
    }

    /** Reliability curve for the plot: per non-empty bin, mean predicted probability, observed rate and size. */
    public static List<double[]> reliability(boolean[] labels, double[] p, int bins) {
        return reliabilityBins(labels, p, bins).stream()
                .map(bin -> new double[]{bin.meanPredicted(), bin.observedRate(), bin.count()}).toList();
    }

    /**
     * The reliability curve as the model card keeps it: the same equal-width bins as {@link #ece} with
     * their edges and sizes, so the card shows what the ECE was computed from.
     */
    public static List<ModelCard.ReliabilityBin> reliabilityBins(boolean[] labels, double[] p, int bins) {
        double[] sumP = new double[bins];
        int[] positives = new int[bins];
        int[] count = new int[bins];
        for (int i = 0; i < p.length; i++) {
            int b = Math.min(bins - 1, (int) (p[i] * bins));
            sumP[b] += p[i];
            positives[b] += labels[i] ? 1 : 0;
            count[b]++;
        }
        List<ModelCard.ReliabilityBin> out = new ArrayList<>();
        for (int b = 0; b < bins; b++) {
            if (count[b] > 0) {
                out.add(new ModelCard.ReliabilityBin(b / (double) bins, (b + 1) / (double) bins, sumP[b] / count[b],
                        positives[b] / (double) count[b], count[b]));
            }
        }
        return out;
    }

    /** The ROC curve (Tribuo's), as points; empty without both classes. */
    public static List<ModelCard.RocPoint> rocCurve(boolean[] labels, double[] scores) {
        boolean both = false;
        for (boolean l : labels) {
            both |= l != labels[0];
        }
        if (!both) {
            return List.of();
        }
        LabelEvaluationUtil.ROC roc = LabelEvaluationUtil.generateROCCurve(labels, scores);
        List<ModelCard.RocPoint> out = new ArrayList<>(roc.fpr.length);
        for (int i = 0; i < roc.fpr.length; i++) {
            out.add(new ModelCard.RocPoint(roc.fpr[i], roc.tpr[i]));
        }
        return out;
    }

    /** Percentile bootstrap 95% interval of a metric, resampling examples with a fixed seed. */
    public static Estimate bootstrap(boolean[] labels, double[] p, BiFunction<boolean[], double[], Double> metric,
            int resamples, long seed) {
        double value = metric.apply(labels, p);
        SplittableRandom rng = new SplittableRandom(seed);
        double[] values = new double[resamples];
        int kept = 0;
        boolean[] l = new boolean[labels.length];
        double[] q = new double[labels.length];
        for (int r = 0; r < resamples; r++) {
            for (int i = 0; i < labels.length; i++) {
                int j = rng.nextInt(labels.length);
                l[i] = labels[j];
                q[i] = p[j];
            }
            double v = metric.apply(l, q);
            if (Double.isFinite(v)) {
                values[kept++] = v;
            }
        }
        if (kept == 0) {
            return new Estimate(value, Double.NaN, Double.NaN);
        }
        double[] sorted = Arrays.copyOf(values, kept);
        Arrays.sort(sorted);
        return new Estimate(value, sorted[(int) Math.floor(0.025 * (kept - 1))], sorted[(int) Math.ceil(0.975 * (kept - 1))]);
    }

    /** Lift per decile of the score (decile 1 = the highest 10%). */
    public static List<Lift> liftByDecile(boolean[] labels, double[] p) {
        int n = p.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(p[b], p[a]));
        int positives = 0;
        for (boolean l : labels) {
            if (l) {
                positives++;
            }
        }
        double rate = n == 0 ? 0 : positives / (double) n;
        List<Lift> lifts = new ArrayList<>();
        for (int d = 0; d < 10; d++) {
            int from = (int) Math.round(d * n / 10.0);
            int to = (int) Math.round((d + 1) * n / 10.0);
            int pos = 0;
            for (int i = from; i < to; i++) {
                if (labels[order[i]]) {
                    pos++;
                }
            }
            int count = to - from;
            double lift = count == 0 || rate == 0 ? 0 : (pos / (double) count) / rate;
            lifts.add(new Lift(d + 1, count, pos, lift));
        }
        return lifts;
    }

    /** The threshold maximising F1 of "probability at or above it" (the recommended cut-off). */
    public static double bestF1Threshold(boolean[] labels, double[] p) {
        double[] candidates = Arrays.stream(p).distinct().sorted().toArray();
        double best = 0.5, bestF1 = -1;
        for (double t : candidates) {
            double[] pr = precisionRecall(labels, p, t);
            double f1 = pr[0] + pr[1] == 0 ? 0 : 2 * pr[0] * pr[1] / (pr[0] + pr[1]);
            if (f1 > bestF1) {
                bestF1 = f1;
                best = t;
            }
        }
        return best;
    }

    /** {precision, recall, share flagged} of "probability at or above t". */
    public static double[] precisionRecall(boolean[] labels, double[] p, double t) {
        int tp = 0, fp = 0, fn = 0;
        for (int i = 0; i < p.length; i++) {
            boolean flagged = p[i] >= t;
            if (flagged && labels[i]) {
                tp++;
            } else if (flagged) {
                fp++;
            } else if (labels[i]) {
                fn++;
            }
        }
        double precision = tp + fp == 0 ? 0 : tp / (double) (tp + fp);
        double recall = tp + fn == 0 ? 0 : tp / (double) (tp + fn);
        return new double[]{precision, recall, p.length == 0 ? 0 : (tp + fp) / (double) p.length};
    }
}
