package com.ecosystemgraph.analytics;

import java.time.LocalDate;
import java.util.List;

/** Referral reach of partners (docs/analytics.md#7). */
record ReferralNetwork(LocalDate asOf, int maxHops, double decay, long referrers, List<ReferralReach> ranking) {

    /**
     * What descends from one partner's referrals within maxHops: partners, prospects, customers and
     * their won revenue, undecayed and with credit decay^(hop-1).
     */
    record ReferralReach(String id, String name, int maxHops, double decay, long partners, long prospects, long customers,
            long directReferrals, long depth, double revenue, double creditedRevenue) {
    }
}
