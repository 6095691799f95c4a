package com.ecosystemgraph.analytics;

/** A 95% confidence interval. */
public record Interval(double lower, double upper) {
}
