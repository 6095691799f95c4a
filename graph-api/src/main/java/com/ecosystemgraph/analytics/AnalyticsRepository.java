package com.ecosystemgraph.analytics;

import com.ecosystemgraph.neo4j.CypherRunner;
import com.ecosystemgraph.neo4j.GraphValues;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Repository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/** Runs the aggregations of cypher/queries/analytics and maps their rows. */
@Repository
@Transactional(readOnly = true)
public class AnalyticsRepository {

    /** Aggregates of the deals of one source over a period. */
    public record SourceRow(String source, long pipelineDeals, double pipelineAmount, long openDeals, double openAmount, long won,
            long lost,
            double wonAmount, Double medianDaysToClose) {
    }

    /** Partner activity over a period. */
    public record ActivityRow(long activePartners, long partnerDealRows, long registeredRows, List<Long> daysToFirstDeal,
            long signedWithoutDeal) {
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

    /** One referral as of a date: its ends by kind and id (kind "Partner" or "Customer"). */
    record ReferralEdge(String fromKind, String fromId, String toKind, String toId) {
    }

    private final CypherRunner cypher;
    /** The rollups the KPIs and partner outcomes read (null: every analysis reads the deals themselves). */
    private final Rollups rollups;

    @Autowired
    AnalyticsRepository(CypherRunner cypher, Rollups rollups) {
        this.cypher = cypher;
        this.rollups = rollups;
    }

    /** Without rollups: every analysis reads the deals themselves (tests compare the two). */
    AnalyticsRepository(CypherRunner cypher) {
        this(cypher, null);
    }

    public List<SourceRow> bySource(AnalyticsFilter filter) {
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

    public ActivityRow activity(AnalyticsFilter filter) {
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

    private static Map<String, Object> parameters(AnalyticsFilter filter) {
        Map<String, Object> parameters = new HashMap<>();
        filter.bind(parameters);
        return parameters;
    }
}
