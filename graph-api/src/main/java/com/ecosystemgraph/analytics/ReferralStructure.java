package com.ecosystemgraph.analytics;

import java.util.List;

/**
 * The shape of the referral network by GDS algorithms (docs/analytics.md#7): influence (PageRank,
 * optionally personalised), micro-ecosystems (Louvain) and bridge partners (betweenness).
 */
record ReferralStructure(long nodes, long referrals, boolean personalised, List<Score> influence, List<Community> communities,
                         List<Score> bridges) {

    /** A partner's score. */
    record Score(String id, double score) {
    }

    /** One community: its size (entities that take part in referrals), its signed partners and customers. */
    record Community(long communityId, long size, List<String> partnerIds, long customers) {
    }
}
