package com.ecosystemgraph.analytics.referrals;

import com.ecosystemgraph.analytics.AnalyticsFilter;
import com.ecosystemgraph.analytics.referrals.ReferralGrowth.CustomerGrowthRow;
import com.ecosystemgraph.analytics.referrals.ReferralGrowth.PartnerGrowthRow;

import com.ecosystemgraph.neo4j.CypherRunner;
import com.ecosystemgraph.neo4j.GraphValues;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.neo4j.driver.Value;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs the referral-reach, referral-structure (GDS), referral-growth and prospect-reach statements of cypher/queries/analytics
 * and maps their rows (the analysis is in {@link ReferralAnalysis}).
 */
@Component
@Transactional(readOnly = true)
class ReferralQuery {

    /** What a prospect would add (before the service caps and explains it). */
    record ProspectRow(String id, String name, LocalDate asOf, long served, long newCustomerCount, double newCustomerArr,
            List<ProspectReach.NewCustomer> newCustomers, List<ProspectReach.Cell> newCells, List<String> newIndustries,
            List<String> newRegions) {
    }

    /** A partner or prospect's id, name and status. */
    record StatusRow(String id, String name, String status) {
    }

    /** Referral reach of one referring partner. */
    record ReachRow(String id, String name, long partners, long prospects, long customers, long directReferrals, long depth,
            double revenue, double creditedRevenue) {
    }

    private final CypherRunner cypher;
    /** A new transaction for dropping GDS projections (null without Spring: every statement then commits on its own). */
    private TransactionTemplate ownTransaction;

    ReferralQuery(CypherRunner cypher) {
        this.cypher = cypher;
    }

    List<PartnerGrowthRow> partnerGrowth(AnalyticsFilter filter, String unit) {
        Map<String, Object> parameters = parameters(filter);
        parameters.put("unit", unit);
        return cypher.list("analytics/referral-growth-partners", parameters, r -> new PartnerGrowthRow(r.get("period").asLocalDate(),
                r.get("added").asLong(), r.get("referred").asLong()));
    }

    List<CustomerGrowthRow> customerGrowth(AnalyticsFilter filter, String unit) {
        Map<String, Object> parameters = parameters(filter);
        parameters.put("unit", unit);
        return cypher.list("analytics/referral-growth-customers", parameters, r -> new CustomerGrowthRow(r.get("period").asLocalDate(),
                r.get("customers").asLong(), r.get("customersReferred").asLong(), r.get("customersThrough").asLong(),
                r.get("wonDeals").asLong(), r.get("revenue").asDouble(), r.get("revenueReferred").asDouble(),
                r.get("revenueThrough").asDouble()));
    }

    Optional<StatusRow> status(String id) {
        return cypher.one("analytics/prospect-status", Map.of("id", id), r -> new StatusRow(r.get("id").asString(),
                GraphValues.string(r.get("name")), GraphValues.string(r.get("status"))));
    }

    Optional<ProspectRow> prospectReach(String id, AnalyticsFilter filter, int first) {
        Map<String, Object> parameters = parameters(filter);
        parameters.put("id", id);
        parameters.put("first", first);
        return cypher.one("analytics/prospect-reach", parameters, r -> new ProspectRow(r.get("id").asString(),
                GraphValues.string(r.get("name")), r.get("asOf").asLocalDate(), r.get("served").asLong(),
                r.get("newCustomerCount").asLong(),
                r.get("newCustomerArr").asDouble(),
                r.get("newCustomers").asList(c -> new ProspectReach.NewCustomer(c.get("id").asString(), GraphValues.string(c.get("name")),
                        GraphValues.string(c.get("industry")), GraphValues.string(c.get("region")), GraphValues.string(c.get("segment")),
                        GraphValues.decimal(c.get("arr")))),
                r.get("newCells").asList(c -> new ProspectReach.Cell(c.get("industry").asString(), c.get("region").asString(),
                        c.get("customers").asLong())),
                r.get("newIndustries").asList(Value::asString), r.get("newRegions").asList(Value::asString)));
    }

    /** The prospect serving the most customers, if any (for the bench). */
    Optional<String> busiestProspect() {
        return cypher.one("analytics/prospect-busiest", Map.of(), r -> r.get("id").asString());
    }

    List<ReachRow> reach(AnalyticsFilter filter, List<String> ids, int maxHops, double decay) {
        Map<String, Object> parameters = parameters(filter);
        parameters.put("ids", ids);
        parameters.put("maxHops", maxHops);
        parameters.put("decay", decay);
        return cypher.list("analytics/referral-reach", parameters, r -> new ReachRow(r.get("id").asString(),
                GraphValues.string(r.get("name")), r.get("partners").asLong(), r.get("prospects").asLong(), r.get("customers").asLong(),
                r.get("directReferrals").asLong(), r.get("depth").asLong(), r.get("revenue").asDouble(),
                r.get("creditedRevenue").asDouble()));
    }

    /**
     * Runs the GDS algorithms on a projection of the referral graph made for this call and always
     * dropped afterwards, as of a date (referrals dated after it are not projected; resolved by the caller);
     * with graphLimit > 0 also the network itself, at most graphLimit nodes. The GDS catalog is not
     * transactional, and an algorithm that fails inside a transaction leaves that transaction
     * unusable: a drop in it failed too and the projection stayed in memory. So the drop runs in a
     * transaction of its own ({@link #dropProjection}).
     */
    ReferralStructure referralStructure(LocalDate asOf, List<String> sourceIds, int limit, int graphLimit) {
        String graphName = "referrals-" + java.util.UUID.randomUUID();
        Map<String, Object> project = new HashMap<>();
        project.put("graphName", graphName);
        project.put("asOf", java.util.Objects.requireNonNull(asOf, "the period is resolved before the projection"));
        long[] size = cypher.one("analytics/referral-graph-project", project,
                r -> new long[]{r.get("nodeCount").asLong(), r.get("relationshipCount").asLong()}).orElseThrow();
        try {
            if (size[1] == 0) {
                return new ReferralStructure(size[0], 0, false, List.of(), List.of(), List.of(),
                        graphLimit > 0 ? new ReferralStructure.Graph(List.of(), List.of(), 0, false) : null);
            }
            Map<String, Object> rank = new HashMap<>();
            rank.put("graphName", graphName);
            rank.put("sourceIds", sourceIds);
            rank.put("limit", limit);
            List<ReferralStructure.Score> influence = cypher.list(sourceIds == null
                    ? "analytics/referral-pagerank"
                    : "analytics/referral-pagerank-personalised", rank,
                    r -> new ReferralStructure.Score(r.get("id").asString(), r.get("score").asDouble()));
            List<ReferralStructure.Community> communities = cypher.list("analytics/referral-louvain",
                    louvainParameters(graphName, limit, asOf), r -> new ReferralStructure.Community(
                            r.get("communityId").asLong(), r.get("size").asLong(), r.get("partnerIds").asList(Value::asString),
                            r.get("customers").asLong()));
            List<ReferralStructure.Score> bridges = cypher.list("analytics/referral-betweenness",
                    Map.of("graphName", graphName, "samplingSize", Math.min(size[0], 2_000L), "limit", limit),
                    r -> new ReferralStructure.Score(r.get("id").asString(), r.get("score").asDouble()));
            ReferralStructure.Graph graph = graphLimit > 0 ? referralGraph(graphName, size[0], graphLimit, asOf) : null;
            return new ReferralStructure(size[0], size[1], sourceIds != null && !sourceIds.isEmpty(), influence, communities, bridges,
                    graph);
        } finally {
            dropProjection(graphName);
        }
    }

    /** The projection's network with every node's scores; asOf as the projection was made (null: the snapshot date). */
    private ReferralStructure.Graph referralGraph(String graphName, long projected, int graphLimit, LocalDate asOf) {
        cypher.one("analytics/referral-graph-scores", Map.of("graphName", graphName, "samplingSize", Math.min(projected, 2_000L)),
                r -> r.get("ranked").asLong());
        long[] total = {0};
        Map<String, String> ids = new HashMap<>(); // element id -> kind-qualified id
        List<ReferralStructure.GraphNode> nodes = cypher.list("analytics/referral-graph-nodes",
                Map.of("graphName", graphName, "limit", graphLimit), r -> {
                    total[0] = r.get("total").asLong();
                    boolean customer = r.get("customer").asBoolean();
                    String id = (customer ? "Customer:" : "Partner:") + r.get("id").asString();
                    ids.put(r.get("elementId").asString(), id);
                    return new ReferralStructure.GraphNode(id, customer ? "CUSTOMER" : "PARTNER", r.get("id").asString(),
                            r.get("name").asString(), r.get("prospect").asBoolean(), r.get("community").asLong(),
                            r.get("influence").asDouble(), r.get("betweenness").asDouble());
                });
        Map<String, Object> dated = new HashMap<>();
        dated.put("asOf", asOf);
        List<ReferralStructure.GraphEdge> edges = cypher.list("analytics/referral-graph-edges", dated,
                r -> new ReferralStructure.GraphEdge(ids.get(r.get("source").asString()), ids.get(r.get("target").asString()),
                        GraphValues.date(r.get("referredOn"))))
                .stream().filter(e -> e.source() != null && e.target() != null).toList();
        return new ReferralStructure.Graph(nodes, edges, total[0], total[0] > nodes.size());
    }

    private static Map<String, Object> louvainParameters(String graphName, int limit, LocalDate asOf) {
        Map<String, Object> parameters = new HashMap<>(Map.of("graphName", graphName, "minSize", 3, "limit", limit));
        parameters.put("asOf", asOf);
        return parameters;
    }

    @Autowired(required = false)
    void useTransactions(PlatformTransactionManager transactions) {
        ownTransaction = new TransactionTemplate(transactions);
        ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Drops a projection in a transaction of its own, so a failure of the caller's transaction cannot keep it alive. */
    private void dropProjection(String graphName) {
        Runnable drop = () -> cypher.list("analytics/referral-graph-drop", Map.of("graphName", graphName),
                r -> r.get("graphName").asString());
        if (ownTransaction == null) {
            drop.run();
        } else {
            ownTransaction.executeWithoutResult(status -> drop.run());
        }
    }

    boolean partnerExists(String id) {
        return cypher.one("analytics/partner-exists", Map.of("id", id), r -> r.get("found").asBoolean()).orElse(false);
    }

    private static Map<String, Object> parameters(AnalyticsFilter filter) {
        Map<String, Object> parameters = new HashMap<>();
        filter.bind(parameters);
        return parameters;
    }
}
