package com.ecosystemgraph.analytics.kpis;

/** Closed deals of one source at customers of one segment, industry and region: counts and sums (kpi-like-for-like.cypher). */
record CellRow(String source, String segment, String industry, String region, long won, long lost, long amounts, double amountSum,
        double amountSquares, long cycles, double logDaysSum, double logDaysSquares) {

    static final CellRow NONE = new CellRow(null, null, null, null, 0, 0, 0, 0, 0, 0, 0, 0);

    String cell() {
        return segment + "|" + industry + "|" + region;
    }
}
