package com.ecosystemgraph.demodata;

/**
 * A stage of {@link DealGenerator}: reads the run's state through the generator (its deal store, partners,
 * customers, days and seed) and adds deals with its helpers.
 */
abstract class DealStage {

    final DealGenerator g;
    final EcosystemBuilder b;
    final DemoPartner[] partners;
    final DemoCustomer[] customers;
    final int snapshotDay;
    final int historyStartDay;
    final long seed;
    final DealStore deals;

    DealStage(DealGenerator generator) {
        this.g = generator;
        this.b = generator.b;
        this.partners = generator.partners;
        this.customers = generator.customers;
        this.snapshotDay = generator.snapshotDay;
        this.historyStartDay = generator.historyStartDay;
        this.seed = generator.seed;
        this.deals = generator.deals;
    }
}
