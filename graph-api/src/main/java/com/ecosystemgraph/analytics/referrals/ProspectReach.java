package com.ecosystemgraph.analytics.referrals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What a prospect would add to the ecosystem that the signed partners do not already cover
 * (docs/analytics.md#7): customers no active partner serves, and industry x region cells,
 * industries and regions where no active partner serves anyone.
 */
public record ProspectReach(String id, String name, LocalDate asOf, long servedCustomers, long newCustomerCount, double newCustomerArr,
        List<NewCustomer> newCustomers, List<Cell> newSegments, List<String> newIndustries, List<String> newRegions,
        List<String> notes) {

    /** A customer only the prospect would serve. */
    public record NewCustomer(String id, String name, String industry, String region, String segment, Double arr) {
    }

    /** An industry x region cell only the prospect would cover, with how many of its customers sit there. */
    public record Cell(String industry, String region, long customers) {
    }

    /** The prospect's reach as read, with a note when it serves none of our customers or the list is cut. */
    static ProspectReach of(ReferralQuery.ProspectRow r) {
        List<String> notes = new ArrayList<>();
        if (r.served() == 0) {
            notes.add("the prospect serves none of our customers: new industries and regions come from its declared profile only");
        } else if (r.newCustomerCount() > r.newCustomers().size()) {
            notes.add("listing " + r.newCustomers().size() + " of " + r.newCustomerCount() + " new customers, largest ARR first");
        }
        return new ProspectReach(r.id(), r.name(), r.asOf(), r.served(), r.newCustomerCount(), r.newCustomerArr(), r.newCustomers(),
                r.newCells(), r.newIndustries(), r.newRegions(), notes);
    }
}
