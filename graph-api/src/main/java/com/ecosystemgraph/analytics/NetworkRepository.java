package com.ecosystemgraph.analytics;

import com.ecosystemgraph.neo4j.CypherRunner;
import com.ecosystemgraph.neo4j.GraphValues;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs the channel-conflict, referral-growth and prospect-reach statements of cypher/queries/analytics
 * and maps their rows (the analysis is in {@link NetworkAnalytics}).
 */
@Repository
@Transactional(readOnly = true)
class NetworkRepository {

    /** A registration on a conflict deal, as stored (matches = the partner passes the partner filter). */
    record RegistrationRow(String partnerId, String partnerName, String role, LocalDate registeredOn, String stage, boolean matches) {
    }

    /** A deal that may take part in a conflict: a direct deal or one with registrations. */
    record DealRow(String id, String source, double amount, String outcome, LocalDate createdOn, LocalDate closedOn, boolean direct,
            List<RegistrationRow> registrations) {
    }

    /** Two colliding deals. */
    record PairRow(String a, String b, String kind) {
    }

    /** A conflicted customer. */
    record ConflictRow(String customerId, String customerName, String industry, String region, List<PairRow> pairs, List<DealRow> deals) {
    }

    /** The customers with deals in the period and the conflicted ones. */
    record ConflictsRow(LocalDate asOf, long customersWithDeals, List<ConflictRow> conflicts) {
    }

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

    ConflictsRow conflicts(AnalyticsFilter filter, int windowDays) {
        Map<String, Object> parameters = parameters(filter);
        parameters.put("windowDays", windowDays);
        return cypher.one("analytics/channel-conflicts", parameters, r -> new ConflictsRow(filter.asOf(),
                r.get("customersWithDeals").asLong(), r.get("conflicts").asList(NetworkRepository::conflict)))
                .orElse(new ConflictsRow(filter.asOf(), 0, List.of()));
    }

    private static ConflictRow conflict(Value v) {
        return new ConflictRow(v.get("customerId").asString(), GraphValues.string(v.get("customerName")),
                GraphValues.string(v.get("industry")), GraphValues.string(v.get("region")),
                v.get("pairs").asList(p -> new PairRow(p.get("a").asString(), p.get("b").asString(), p.get("kind").asString())),
                v.get("deals").asList(d -> new DealRow(d.get("id").asString(), GraphValues.string(d.get("source")),
                        d.get("amount").asDouble(0), d.get("outcome").asString(), GraphValues.date(d.get("createdOn")),
                        GraphValues.date(d.get("closedOn")), d.get("direct").asBoolean(),
                        d.get("registrations").asList(g -> new RegistrationRow(g.get("partnerId").asString(),
                                GraphValues.string(g.get("partnerName")), g.get("role").asString(), GraphValues.date(g.get("registeredOn")),
                                GraphValues.string(g.get("stage")), g.get("matches").asBoolean())))));
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
