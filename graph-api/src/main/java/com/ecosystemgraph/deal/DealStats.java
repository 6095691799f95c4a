package com.ecosystemgraph.deal;

/** Aggregates over a set of deals; {@code winRate} is null when no deal has closed. */
record DealStats(long count, long won, long lost, long open, double totalAmount, double wonAmount, Double averageAmount) {

    public Double winRate() {
        return won + lost == 0 ? null : (double) won / (won + lost);
    }
}
