package com.ecosystemgraph.demodata;

/** One customer account while the ecosystem is generated. */
final class DemoCustomer {
    final int index;
    String id;
    String name;
    int industry;
    int region;
    int segment;
    long arrCents;
    boolean churned;
    int nps;

    /** Deals of this account (indexes into the deal store), for the channel-conflict checks. */
    final IntList deals = new IntList(2);
    boolean usesDeepIntegration;
    boolean wonPairDeal;
    /** Index of the planted integration combination this account uses in full, or -1. */
    int combo = -1;
    boolean plantedConflict;

    DemoCustomer(int index) {
        this.index = index;
    }
}
