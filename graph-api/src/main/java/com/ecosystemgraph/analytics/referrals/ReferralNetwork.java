package com.ecosystemgraph.analytics.referrals;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/** Referral reach of partners (docs/analytics.md#7). */
public record ReferralNetwork(LocalDate asOf, int maxHops, double decay, long referrers, List<ReferralReach> ranking) {

    /**
     * What descends from one partner's referrals within maxHops: partners, prospects, customers and
     * their won revenue, undecayed and with credit decay^(hop-1).
     */
    public record ReferralReach(String id, String name, int maxHops, double decay, long partners, long prospects, long customers,
            long directReferrals, long depth, double revenue, double creditedRevenue) {
    }

    /** The referrers ranked by credited revenue (largest first, then id), the first {@code first} of them. */
    static ReferralNetwork of(List<ReferralQuery.ReachRow> rows, LocalDate asOf, int maxHops, double decay, int first) {
        List<ReferralReach> all = rows.stream().map(r -> reach(r, maxHops, decay))
                .sorted(Comparator.comparingDouble(ReferralReach::creditedRevenue).reversed().thenComparing(ReferralReach::id)).toList();
        return new ReferralNetwork(asOf, maxHops, decay, all.size(), all.stream().limit(first).toList());
    }

    static ReferralReach reach(ReferralQuery.ReachRow r, int maxHops, double decay) {
        return new ReferralReach(r.id(), r.name(), maxHops, decay, r.partners(), r.prospects(), r.customers(), r.directReferrals(),
                r.depth(), r.revenue(), r.creditedRevenue());
    }
}
