package com.ecosystemgraph.analytics.combinations;

import java.util.List;

/** What the combination analyses read (pair-stats, triple-stats, the totals and the integration statements). */
final class CombinationRows {

    private CombinationRows() {
    }

    /** Joint outcomes of a partner set (two or three partners, ids ascending). */
    record SetRow(List<String> ids, List<String> names, long support, long won, long lost, Double averageWonAmount,
            Double averageDaysToClose, long customers, long churnedCustomers) {
    }

    /** Deals of a partner pair (any role), whatever else is on them. */
    record PairTotalsRow(String a, String b, long deals, long won, long lost, double wonAmount) {
    }

    /** One partner's deal totals (any role). */
    record TotalsRow(String id, long deals, long won, long lost, double wonAmount) {
    }

    /** Customers using two integrations together (ids ascending). */
    record IntegrationPairRow(String a, String b, long support, long churned, long npsSum, long npsCount, Double averageArr) {
    }

    /** One integration, its builder and all its users. */
    record IntegrationRow(String id, String name, Long depth, String partnerId, String partnerName, String partnerType, long users,
            long churned, long npsSum, long npsCount) {
    }

    /** All customers: the baseline of the integration combinations. */
    record CustomerRow(long customers, long churned, long npsSum, long npsCount) {
    }
}
