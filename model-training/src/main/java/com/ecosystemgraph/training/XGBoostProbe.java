package com.ecosystemgraph.training;

import java.util.Optional;

/** Checks once whether XGBoost's native library loads on this machine (it ships for few platforms). */
final class XGBoostProbe {

    private static volatile Optional<String> problem;

    private XGBoostProbe() {
    }

    static Optional<String> problem() {
        Optional<String> p = problem;
        if (p == null) {
            synchronized (XGBoostProbe.class) {
                if (problem == null) {
                    problem = probe();
                }
                p = problem;
            }
        }
        return p;
    }

    private static Optional<String> probe() {
        try {
            // Loading the class loads the native library; a one-row matrix proves it works.
            new ml.dmlc.xgboost4j.java.DMatrix(new float[]{1f}, 1, 1, Float.NaN).dispose();
            return Optional.empty();
        } catch (Throwable e) { // UnsatisfiedLinkError, NoClassDefFoundError, XGBoostError
            return Optional.of("XGBoost's native library did not load (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
        }
    }
}
