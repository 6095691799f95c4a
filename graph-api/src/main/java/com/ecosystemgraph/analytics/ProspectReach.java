package com.ecosystemgraph.analytics;

import java.time.LocalDate;
import java.util.List;

/**
 * What a prospect would add to the ecosystem that the signed partners do not already cover
 * (docs/analytics.md#7): customers no active partner serves, and industry x region cells,
 * industries and regions where no active partner serves anyone.
 */
record ProspectReach(String id, String name, LocalDate asOf, long servedCustomers, long newCustomerCount, double newCustomerArr,
        List<NewCustomer> newCustomers, List<Cell> newSegments, List<String> newIndustries, List<String> newRegions,
        List<String> notes) {

    /** A customer only the prospect would serve. */
    record NewCustomer(String id, String name, String industry, String region, String segment, Double arr) {
    }

    /** An industry x region cell only the prospect would cover, with how many of its customers sit there. */
    record Cell(String industry, String region, long customers) {
    }
}
