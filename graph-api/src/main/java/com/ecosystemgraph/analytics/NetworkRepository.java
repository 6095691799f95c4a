package com.ecosystemgraph.analytics;

import com.ecosystemgraph.graphql.CypherRunner;
import com.ecosystemgraph.graphql.GraphValues;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs the referral-growth and prospect-reach statements of cypher/queries/analytics
 * and maps their rows (the analysis is in {@link NetworkAnalytics}).
 */
@Repository
@Transactional(readOnly = true)
class NetworkRepository {

    /** Signed partners added in one period, and how many of them were referred. */
    record PartnerGrowthRow(LocalDate period, long added, long referred) {
    }

    /** Customers won for the first time and won revenue in one period, with the referred parts. */
    record CustomerGrowthRow(LocalDate period, long customers, long customersReferred, long customersThrough, long wonDeals,
            double revenue, double revenueReferred, double revenueThrough) {
    }

    /** What a prospect would add (before the service caps and explains it). */
    record ReachRow(String id, String name, LocalDate asOf, long served, long newCustomerCount, double newCustomerArr,
            List<ProspectReach.NewCustomer> newCustomers, List<ProspectReach.Cell> newCells, List<String> newIndustries,
            List<String> newRegions) {
    }

    /** A partner or prospect's id, name and status. */
    record StatusRow(String id, String name, String status) {
    }

    private final CypherRunner cypher;

    NetworkRepository(CypherRunner cypher) {
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

    Optional<ReachRow> prospectReach(String id, AnalyticsFilter filter, int first) {
        Map<String, Object> parameters = parameters(filter);
        parameters.put("id", id);
        parameters.put("first", first);
        return cypher.one("analytics/prospect-reach", parameters, r -> new ReachRow(r.get("id").asString(),
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

    /** The ecosystem's snapshot date, or null before any import. */
    LocalDate snapshotDate() {
        return cypher.one("analytics/snapshot-date", Map.of(), r -> GraphValues.date(r.get("snapshotDate"))).orElse(null);
    }

    private static Map<String, Object> parameters(AnalyticsFilter filter) {
        Map<String, Object> parameters = new HashMap<>();
        filter.bind(parameters);
        return parameters;
    }
}
