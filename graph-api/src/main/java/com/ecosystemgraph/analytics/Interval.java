package com.ecosystemgraph.analytics;

/** A 95% confidence interval. */
record Interval(double lower, double upper) {
}
