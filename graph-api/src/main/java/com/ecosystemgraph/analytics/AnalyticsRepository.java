package com.ecosystemgraph.analytics;

import com.ecosystemgraph.neo4j.CypherRunner;
import com.ecosystemgraph.neo4j.GraphValues;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Repository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.annotation.Transactional;

/** Runs the aggregations of cypher/queries/analytics and maps their rows. */
@Repository
@Transactional(readOnly = true)
public class AnalyticsRepository {

    /** Aggregates of the deals of one source over a period. */
    record SourceRow(String source, long pipelineDeals, double pipelineAmount, long openDeals, double openAmount, long won, long lost,
            double wonAmount, Double medianDaysToClose) {
    }

    /** Closed deals of one source at customers of one segment, industry and region: counts and sums. */
    record CellRow(String source, String segment, String industry, String region, long won, long lost, long amounts, double amountSum,
            double amountSquares, long cycles, double logDaysSum, double logDaysSquares) {
    }

    /** Partner activity over a period. */
    record ActivityRow(long activePartners, long partnerDealRows, long registeredRows, List<Long> daysToFirstDeal, long signedWithoutDeal) {
    }

    /**
     * One signed partner's outcomes, investment and economics over a period: won and lost deals are
     * the deals it SOURCED or CO_SOLD closed in the period, co-sold rows its CO_SOLD rows on deals
     * created in the period.
     */
    public record PartnerRow(String id, String name, String type, String tier, String region, String status, LocalDate signedOn,
            Double hourlyRate, LocalDate asOf, double revenue, double influenced, double trailingRevenue, long dealRows,
            double earnings, double hours, long coSoldRows, long wonDeals, long lostDeals, double mdf, double enablement,
            double coMarketing, double support, double trailingInvestment, Double ippProbability, String ippModelVersion) {

        public double investment() {
            return mdf + enablement + coMarketing + support;
        }
    }

    /** What performanceDrivers groups a partner by (null: unknown); depth null without an integration. */
    record ProfileRow(String id, Long employees, Long certifiedStaff, Long portalLogins, Long trainings, Long downloads, Long depth,
            long integrationUsers) {
    }

    /** One referral as of a date: its ends by kind and id (kind "Partner" or "Customer"). */
    record ReferralEdge(String fromKind, String fromId, String toKind, String toId) {
    }

    /** Joint outcomes of a partner set (two or three partners, ids ascending). */
    record SetRow(List<String> ids, List<String> names, long support, long won, long lost, Double averageWonAmount,
            Double averageDaysToClose, long customers, long churnedCustomers) {
    }

    /** Deals of a partner pair (any role), whatever else is on them. */
    record PairTotalsRow(String a, String b, long deals, long won, long lost, double wonAmount) {
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

    /** One partner's deal totals (any role). */
    record TotalsRow(String id, long deals, long won, long lost, double wonAmount) {
    }

    /** Referral reach of one referring partner. */
    record ReachRow(String id, String name, long partners, long prospects, long customers, long directReferrals, long depth,
            double revenue, double creditedRevenue) {
    }

    private final CypherRunner cypher;
    /** The rollups the KPIs and partner outcomes read (null: every analysis reads the deals themselves). */
    private final Rollups rollups;
    /** A new transaction for dropping GDS projections (null without Spring: every statement then commits on its own). */
    private TransactionTemplate ownTransaction;

    @Autowired
    AnalyticsRepository(CypherRunner cypher, Rollups rollups) {
        this.cypher = cypher;
        this.rollups = rollups;
    }

    /** Without rollups: every analysis reads the deals themselves (tests compare the two). */
    AnalyticsRepository(CypherRunner cypher) {
        this(cypher, null);
    }

    List<SourceRow> bySource(AnalyticsFilter filter) {
        // With a partner filter a partner deal counts only when a matching partner is on it: the
        // by-source rollups cannot tell, so that question reads the deals.
        if (rollups == null || filter.partnerFiltered()) {
            return cypher.list("analytics/kpi-by-source", parameters(filter),
                    r -> sourceRow(r, GraphValues.decimal(r.get("medianDaysToClose"))));
        }
        rollups.refresh();
        return cypher.list("analytics/kpi-by-source-rollup", parameters(filter), r -> sourceRow(r,
                Statistics.histogramMedian(r.get("wonDays").asList(v -> v.asList(Value::asLong)),
                        r.get("wonDayCounts").asList(v -> v.asList(Value::asLong)))));
    }

    private static SourceRow sourceRow(org.neo4j.driver.Record r, Double medianDaysToClose) {
        return new SourceRow(r.get("source").asString(), r.get("pipelineDeals").asLong(), r.get("pipelineAmount").asDouble(),
                r.get("openDeals").asLong(), r.get("openAmount").asDouble(), r.get("won").asLong(), r.get("lost").asLong(),
                r.get("wonAmount").asDouble(), medianDaysToClose);
    }

    /** Closed deals per source and customer segment x industry x region (reads every closed deal of the period). */
    List<CellRow> cells(AnalyticsFilter filter) {
        return cypher.list("analytics/kpi-like-for-like", parameters(filter), r -> new CellRow(r.get("source").asString(),
                r.get("segment").asString(), r.get("industry").asString(), r.get("region").asString(), r.get("won").asLong(),
                r.get("lost").asLong(), r.get("amounts").asLong(), r.get("amountSum").asDouble(), r.get("amountSquares").asDouble(),
                r.get("cycles").asLong(), r.get("logDaysSum").asDouble(), r.get("logDaysSquares").asDouble()));
    }

    ActivityRow activity(AnalyticsFilter filter) {
        if (rollups != null) {
            rollups.refresh();
        }
        return cypher.one(rollups == null ? "analytics/kpi-partners" : "analytics/kpi-partners-rollup", parameters(filter),
                r -> new ActivityRow(r.get("activePartners").asLong(), r.get("partnerDealRows").asLong(0),
                        r.get("registeredRows").asLong(0), r.get("daysToFirstDeal").asList(Value::asLong),
                        r.get("signedWithoutDeal").asLong()))
                .orElse(new ActivityRow(0, 0, 0, List.of(), 0));
    }

    /** What {@link #partners} reads for each partner; a measure not asked for comes as 0 from the rollups. */
    public enum Measure {
        /** Partner-driven and influenced won revenue in the period. */
        REVENUE,
        /** Partner-driven won revenue in the trailing 12 months. */
        TRAILING_REVENUE,
        /** Deal rows (deals the partner is on, by created date) in the period. */
        DEAL_ROWS,
        /** The partner's earnings and hours on its deals in the period. */
        EARNINGS,
        /** Investment by kind in the period. */
        INVESTMENT,
        /** Won and lost deals (SOURCED or CO_SOLD) closed in the period. */
        OUTCOMES,
        /** CO_SOLD rows of deals created in the period. */
        CO_SOLD,
        /** Investment of every kind spent in the trailing 12 months. */
        TRAILING_INVESTMENT,
        /** The stored Ideal Partner Profile probability and its model version. */
        SCORES
    }

    /** Signed partners' outcomes, with the given measures (the raw queries, used without rollups, compute all). */
    public List<PartnerRow> partners(AnalyticsFilter filter, Set<Measure> measures) {
        return partners(filter, measures, null);
    }

    /**
     * With ids: the partners of those ids instead of the filter's (whatever their status, type,
     * region or tier; the period is the filter's), e.g. every partner a referral reached.
     */
    List<PartnerRow> partners(AnalyticsFilter filter, Set<Measure> measures, List<String> ids) {
        Map<String, Object> parameters = parameters(filter);
        parameters.put("ids", ids);
        if (rollups == null) {
            return cypher.list("analytics/partner-outcomes", parameters, AnalyticsRepository::partnerRow);
        }
        rollups.refresh();
        parameters.put("closed", measures.contains(Measure.REVENUE));
        parameters.put("trailing", measures.contains(Measure.TRAILING_REVENUE));
        parameters.put("rows", measures.contains(Measure.DEAL_ROWS));
        parameters.put("earnings", measures.contains(Measure.EARNINGS));
        parameters.put("spent", measures.contains(Measure.INVESTMENT));
        parameters.put("decided", measures.contains(Measure.OUTCOMES));
        parameters.put("coSold", measures.contains(Measure.CO_SOLD));
        parameters.put("trailingSpent", measures.contains(Measure.TRAILING_INVESTMENT));
        parameters.put("scores", measures.contains(Measure.SCORES));
        return cypher.list("analytics/partner-windows", parameters, AnalyticsRepository::partnerRow);
    }

    private static PartnerRow partnerRow(org.neo4j.driver.Record r) {
        return new PartnerRow(r.get("id").asString(),
                GraphValues.string(r.get("name")), GraphValues.string(r.get("type")), GraphValues.string(r.get("tier")),
                GraphValues.string(r.get("region")), GraphValues.string(r.get("status")), GraphValues.date(r.get("signedOn")),
                GraphValues.decimal(r.get("hourlyRate")), r.get("asOf").asLocalDate(), r.get("revenue").asDouble(),
                r.get("influenced").asDouble(), r.get("trailingRevenue").asDouble(), r.get("dealRows").asLong(),
                r.get("earnings").asDouble(), r.get("hours").asDouble(), r.get("coSoldRows").asLong(), r.get("wonDeals").asLong(),
                r.get("lostDeals").asLong(), r.get("mdf").asDouble(), r.get("enablement").asDouble(),
                r.get("coMarketing").asDouble(), r.get("support").asDouble(), r.get("trailingInvestment").asDouble(),
                GraphValues.decimal(r.get("ippProbability")), GraphValues.string(r.get("ippModelVersion")));
    }

    /** The profile of every signed partner matching the filter, by id. */
    Map<String, ProfileRow> profiles(AnalyticsFilter filter) {
        Map<String, ProfileRow> result = new HashMap<>();
        cypher.list("analytics/driver-profiles", parameters(filter), r -> new ProfileRow(r.get("id").asString(),
                GraphValues.integer(r.get("employees")), GraphValues.integer(r.get("certifiedStaff")),
                GraphValues.integer(r.get("portalLogins")), GraphValues.integer(r.get("trainings")),
                GraphValues.integer(r.get("downloads")),
                GraphValues.integer(r.get("depth")), r.get("users").asLong())).forEach(p -> result.put(p.id(), p));
        return result;
    }

    /** Every referral dated on or before the as-of date (or undated). */
    List<ReferralEdge> referralEdges(AnalyticsFilter filter) {
        return cypher.list("analytics/referral-edges", parameters(filter), r -> new ReferralEdge(r.get("fromKind").asString(),
                r.get("fromId").asString(), r.get("toKind").asString(), r.get("toId").asString()));
    }

    /** Won revenue (deals closed in the period) of the customers of these ids, by id. */
    Map<String, Double> customerRevenue(AnalyticsFilter filter, List<String> ids) {
        Map<String, Object> parameters = parameters(filter);
        parameters.put("ids", ids);
        Map<String, Double> result = new HashMap<>();
        cypher.list("analytics/customer-won-revenue", parameters, r -> Map.entry(r.get("id").asString(), r.get("revenue").asDouble()))
                .forEach(e -> result.put(e.getKey(), e.getValue()));
        return result;
    }

    List<SetRow> pairs(AnalyticsFilter filter, int minSupport) {
        Map<String, Object> parameters = parameters(filter);
        parameters.put("minSupport", minSupport);
        return cypher.list("analytics/pair-stats", parameters, r -> new SetRow(List.of(r.get("a").asString(), r.get("b").asString()),
                Arrays.asList(GraphValues.string(r.get("aName")), GraphValues.string(r.get("bName"))), r.get("support").asLong(),
                r.get("won").asLong(), r.get("lost").asLong(), GraphValues.decimal(r.get("averageWonAmount")),
                GraphValues.decimal(r.get("averageDaysToClose")), r.get("customers").asLong(), r.get("churnedCustomers").asLong()));
    }

    List<SetRow> triples(AnalyticsFilter filter, int minSupport) {
        Map<String, Object> parameters = parameters(filter);
        parameters.put("minSupport", minSupport);
        return cypher.list("analytics/triple-stats", parameters, r -> new SetRow(r.get("ids").asList(Value::asString),
                r.get("names").asList(v -> GraphValues.string(v)), r.get("support").asLong(), r.get("won").asLong(), r.get("lost").asLong(),
                GraphValues.decimal(r.get("averageWonAmount")), GraphValues.decimal(r.get("averageDaysToClose")),
                r.get("customers").asLong(), r.get("churnedCustomers").asLong()));
    }

    /** Totals of the given pairs ([a, b] with a < b), keyed by the pair. */
    Map<List<String>, PairTotalsRow> pairTotals(AnalyticsFilter filter, List<List<String>> pairs) {
        Map<String, Object> parameters = parameters(filter);
        parameters.put("pairs", pairs);
        Map<List<String>, PairTotalsRow> result = new HashMap<>();
        cypher.list("analytics/pair-deal-totals", parameters, r -> new PairTotalsRow(r.get("a").asString(), r.get("b").asString(),
                r.get("deals").asLong(), r.get("won").asLong(), r.get("lost").asLong(), r.get("wonAmount").asDouble()))
                .forEach(t -> result.put(List.of(t.a(), t.b()), t));
        return result;
    }

    List<IntegrationPairRow> integrationPairs(AnalyticsFilter filter, int minSupport) {
        Map<String, Object> parameters = parameters(filter);
        parameters.put("minSupport", minSupport);
        return cypher.list("analytics/integration-pair-stats", parameters, r -> new IntegrationPairRow(r.get("a").asString(),
                r.get("b").asString(), r.get("support").asLong(), r.get("churned").asLong(), r.get("npsSum").asLong(),
                r.get("npsCount").asLong(), GraphValues.decimal(r.get("averageArr"))));
    }

    Map<String, IntegrationRow> integrations(AnalyticsFilter filter, List<String> ids) {
        Map<String, Object> parameters = parameters(filter);
        parameters.put("ids", ids);
        Map<String, IntegrationRow> result = new HashMap<>();
        cypher.list("analytics/integration-users", parameters, r -> new IntegrationRow(r.get("id").asString(),
                GraphValues.string(r.get("name")), r.get("depth").isNull() ? null : r.get("depth").asLong(),
                GraphValues.string(r.get("partnerId")), GraphValues.string(r.get("partnerName")), GraphValues.string(r.get("partnerType")),
                r.get("users").asLong(), r.get("churned").asLong(), r.get("npsSum").asLong(), r.get("npsCount").asLong()))
                .forEach(i -> result.put(i.id(), i));
        return result;
    }

    CustomerRow customers() {
        return cypher.one("analytics/customer-retention", Map.of(), r -> new CustomerRow(r.get("customers").asLong(),
                r.get("churned").asLong(), r.get("npsSum").asLong(), r.get("npsCount").asLong())).orElse(new CustomerRow(0, 0, 0, 0));
    }

    Map<String, TotalsRow> totals(AnalyticsFilter filter, List<String> ids) {
        Map<String, Object> parameters = parameters(filter);
        parameters.put("ids", ids);
        Map<String, TotalsRow> result = new HashMap<>();
        cypher.list("analytics/partner-deal-totals", parameters, r -> new TotalsRow(r.get("id").asString(), r.get("deals").asLong(),
                r.get("won").asLong(), r.get("lost").asLong(), r.get("wonAmount").asDouble())).forEach(t -> result.put(t.id(), t));
        return result;
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
     * dropped afterwards.
     */
    ReferralStructure referralStructure(List<String> sourceIds, int limit) {
        return referralStructure(null, sourceIds, limit, 0);
    }

    /**
     * As above, as of a date (referrals dated after it are not projected; null: the snapshot date);
     * with graphLimit > 0 also the network itself, at most graphLimit nodes. The GDS catalog is not
     * transactional, and an algorithm that fails inside a transaction leaves that transaction
     * unusable: a drop in it failed too and the projection stayed in memory. So the drop runs in a
     * transaction of its own ({@link #dropProjection}).
     */
    ReferralStructure referralStructure(LocalDate asOf, List<String> sourceIds, int limit, int graphLimit) {
        String graphName = "referrals-" + java.util.UUID.randomUUID();
        LocalDate projectedAsOf = asOf != null ? asOf : snapshotDate();
        Map<String, Object> project = new HashMap<>();
        project.put("graphName", graphName);
        project.put("asOf", projectedAsOf);
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
                    louvainParameters(graphName, limit, projectedAsOf), r -> new ReferralStructure.Community(
                            r.get("communityId").asLong(), r.get("size").asLong(), r.get("partnerIds").asList(Value::asString),
                            r.get("customers").asLong()));
            List<ReferralStructure.Score> bridges = cypher.list("analytics/referral-betweenness",
                    Map.of("graphName", graphName, "samplingSize", Math.min(size[0], 2_000L), "limit", limit),
                    r -> new ReferralStructure.Score(r.get("id").asString(), r.get("score").asDouble()));
            ReferralStructure.Graph graph = graphLimit > 0 ? referralGraph(graphName, size[0], graphLimit, projectedAsOf) : null;
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

    /** The ecosystem's snapshot date, or null before any import. */
    public LocalDate snapshotDate() {
        return cypher.one("analytics/snapshot-date", Map.of(), r -> GraphValues.date(r.get("snapshotDate"))).orElse(null);
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
