package com.ecosystemgraph.analytics.referrals;

import java.time.LocalDate;
import java.util.List;

/**
 * The shape of the referral network by GDS algorithms (docs/analytics.md#7): influence (PageRank,
 * optionally personalised), micro-ecosystems (Louvain) and bridge partners (betweenness); graph (the
 * network itself with every node's scores, for drawing) only when asked for, null otherwise.
 */
public record ReferralStructure(long nodes, long referrals, boolean personalised, List<Score> influence, List<Community> communities,
        List<Score> bridges, Graph graph) {

    /** A partner's score. */
    public record Score(String id, double score) {
    }

    /** One community: its size (entities that take part in referrals), its signed partners and customers. */
    public record Community(long communityId, long size, List<String> partnerIds, long customers) {
    }

    /** The referral network's nodes (most influential first, capped) and the referrals between them. */
    public record Graph(List<GraphNode> nodes, List<GraphEdge> edges, long total, boolean truncated) {
    }

    /** A partner, prospect or customer taking part in referrals; id kind-qualified as the explorer's ("Partner:P1"). */
    public record GraphNode(String id, String kind, String entityId, String label, boolean prospect, long community, double influence,
            double betweenness) {
    }

    /** A referral: source referred target on that date. */
    public record GraphEdge(String source, String target, LocalDate on) {
    }
}
