package com.ecosystemgraph.graph;

import java.util.Map;

/**
 * Who counts as a top performer for a prospect's referral proximity: an active partner with sourced and co-sold won revenue
 * of at least {@link #MIN_REVENUE} in the {@link #WINDOW_MONTHS} months up to the snapshot date. The recruiters' ranking
 * ({@code scoring/prospect-fit}) and the evidence behind its figure ({@code evidence/prospect-*}) bind the same values.
 */
public final class TopPerformers {

    /** Months of won deals counted, up to the snapshot date. */
    public static final int WINDOW_MONTHS = 12;
    /** Won revenue in those months that makes a top performer. */
    public static final double MIN_REVENUE = 100_000.0;

    private TopPerformers() {
    }

    /** The Cypher parameters {@code windowMonths} and {@code topRevenue}, put into {@code parameters}. */
    public static Map<String, Object> bind(Map<String, Object> parameters) {
        parameters.put("windowMonths", WINDOW_MONTHS);
        parameters.put("topRevenue", MIN_REVENUE);
        return parameters;
    }
}
