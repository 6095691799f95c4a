package com.ecosystemgraph.training;

import com.ecosystemgraph.scoring.model.Calibration;

/**
 * Fits Platt scaling {@code sigmoid(a * logit(raw) + b)} by Newton's method on the log loss, with
 * Platt's smoothed targets ((N+ + 1)/(N+ + 2) and 1/(N- + 2)) so a perfectly separated fold does
 * not give infinite slopes. Two parameters: a library would be heavier than these lines.
 */
final class Platt {

    private Platt() {
    }

    static Calibration fit(boolean[] labels, double[] raw) {
        int pos = 0;
        for (boolean l : labels) {
            if (l) {
                pos++;
            }
        }
        int neg = labels.length - pos;
        double hi = (pos + 1.0) / (pos + 2.0);
        double lo = 1.0 / (neg + 2.0);
        double[] x = new double[raw.length];
        double[] t = new double[raw.length];
        for (int i = 0; i < raw.length; i++) {
            x[i] = Calibration.logit(raw[i]);
            t[i] = labels[i] ? hi : lo;
        }
        double a = 1, b = 0;
        for (int iter = 0; iter < 100; iter++) {
            double ga = 0, gb = 0, haa = 1e-9, hab = 0, hbb = 1e-9;
            for (int i = 0; i < x.length; i++) {
                double p = Calibration.sigmoid(a * x[i] + b);
                double d = p - t[i];
                double w = p * (1 - p);
                ga += d * x[i];
                gb += d;
                haa += w * x[i] * x[i];
                hab += w * x[i];
                hbb += w;
            }
            double det = haa * hbb - hab * hab;
            if (Math.abs(det) < 1e-12) {
                break;
            }
            double da = (hbb * ga - hab * gb) / det;
            double db = (haa * gb - hab * ga) / det;
            a -= da;
            b -= db;
            if (Math.abs(da) < 1e-10 && Math.abs(db) < 1e-10) {
                break;
            }
        }
        if (!Double.isFinite(a) || !Double.isFinite(b)) {
            return Calibration.identity();
        }
        return new Calibration("platt", a, b);
    }
}
