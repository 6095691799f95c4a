package com.ecosystemgraph.evidence;

import static com.ecosystemgraph.support.Untyped.castList;
import static com.ecosystemgraph.support.Untyped.castMap;
import static com.ecosystemgraph.support.Untyped.mapType;
import static com.ecosystemgraph.support.Untyped.number;
import static org.assertj.core.api.Assertions.assertThat;

import com.ecosystemgraph.security.Role;
import com.ecosystemgraph.support.ServiceTest;
import com.ecosystemgraph.support.SignedIn;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** The deals behind the analytics' figures add up to the figures, on the hand-written analytics fixture. */
@ServiceTest(role = Role.VIEWER, fixture = "analytics/small-ecosystem")
class EvidenceGraphQlIT {

    @SignedIn
    HttpGraphQlTester graphQl;

    @Autowired
    Driver driver;

    /** Every page of the evidence, two deals at a time, by amount (largest first). */
    List<Map<String, Object>> allDeals(Map<String, Object> filter, Map<String, Object> selector) {
        List<Map<String, Object>> deals = new ArrayList<>();
        String after = null;
        do {
            var response = graphQl.documentName("evidence-deals").variable("filter", filter).variable("selector", selector)
                    .variable("first", 2).variable("after", after).variable("orderBy", Map.of("field", "AMOUNT", "direction", "DESC"))
                    .execute();
            List<Map<String, Object>> edges = response.path("dealEvidence.edges").entityList(mapType()).get();
            edges.forEach(e -> deals.add(castMap(e.get("node"))));
            boolean next = response.path("dealEvidence.pageInfo.hasNextPage").entity(Boolean.class).get();
            after = next ? response.path("dealEvidence.pageInfo.endCursor").entity(String.class).get() : null;
        } while (after != null);
        return deals;
    }

    @Test
    void theWonDealsOfEachSourceAddUpToItsWonAmountInTheKpis() {
        for (Map<String, Object> filter : List.of(Map.<String, Object>of(), Map.<String, Object>of("from", "2025-06-01"),
                Map.<String, Object>of("partnerTypes", List.of("RESELLER")),
                // a region in another accepted spelling counts as the KPIs count it (the evidence read it raw before)
                Map.<String, Object>of("regions", List.of("Europe")))) {
            List<Map<String, Object>> rows = graphQl.documentName("analytics-kpis").variable("filter", filter).execute()
                    .path("ecosystemKpis.bySource").entityList(mapType()).get();
            for (Map<String, Object> row : rows) {
                Map<String, Object> selector = Map.of("basis", "WON", "sources", List.of(row.get("source")));
                List<Map<String, Object>> deals = allDeals(filter, selector);
                double listed = deals.stream().mapToDouble(d -> ((Number) d.get("amount")).doubleValue()).sum();
                assertThat(listed).as("%s %s: listed deals add up to wonAmount", filter, row.get("source"))
                        .isEqualTo(((Number) row.get("wonAmount")).doubleValue());
                assertThat(deals).as("%s %s: as many deals as won", filter, row.get("source"))
                        .hasSize(((Number) row.get("won")).intValue());
                assertThat(deals).allSatisfy(d -> assertThat(d.get("outcome")).isEqualTo("WON"));
                // the pipeline too: deals created in the period
                List<Map<String, Object>> created = allDeals(filter, Map.of("basis", "CREATED", "sources", List.of(row.get("source"))));
                assertThat(created.stream().mapToDouble(d -> ((Number) d.get("amount")).doubleValue()).sum())
                        .isEqualTo(((Number) row.get("pipelineAmount")).doubleValue());
            }
        }
    }

    @Test
    void totalsAndPagesAgreeAndTheLargestComeFirst() {
        var response = graphQl.documentName("evidence-deals").variable("selector", Map.of("basis", "WON"))
                .variable("first", 3).variable("orderBy", Map.of("field", "AMOUNT", "direction", "DESC")).execute();
        response.path("dealEvidence.asOf").entity(String.class).isEqualTo("2026-06-30")
                .path("dealEvidence.totalAmount").entity(Double.class).isEqualTo(1_970_000.0)
                .path("dealEvidence.won").entity(Integer.class).isEqualTo(8)
                .path("dealEvidence.lost").entity(Integer.class).isEqualTo(0)
                .path("dealEvidence.edges[0].node.id").entity(String.class).isEqualTo("D11")
                .path("dealEvidence.edges[0].node.customer.id").entity(String.class).isEqualTo("C1")
                .path("dealEvidence.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
        // a partner's credited (sourced or co-sold) revenue, and a customer's deals
        graphQl.documentName("evidence-deals").variable("selector", Map.of("basis", "WON", "creditedPartners", List.of("P1"))).execute()
                .path("dealEvidence.totalAmount").entity(Double.class).isEqualTo(850_000.0); // D7 and D8 sourced, D10 co-sold
        graphQl.documentName("evidence-deals").variable("selector", Map.of("basis", "CLOSED", "customerIds", List.of("C3"))).execute()
                .path("dealEvidence.totalCount").entity(Integer.class).isEqualTo(5)
                .path("dealEvidence.lost").entity(Integer.class).isEqualTo(4);
    }

    @Test
    void badSelectorsAreRefusedWithTheRule() {
        Map<String, Object> four = new HashMap<>(Map.of("basis", "CREATED", "allPartners", List.of("P1", "P2", "P3", "P4")));
        graphQl.documentName("evidence-deals").variable("selector", four).execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
                    assertThat(e.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
                    assertThat(e.getMessage()).isEqualTo("selector.allPartners must name 1 to 3 partners, got 4");
                }));
        graphQl.documentName("evidence-deals").variable("selector", Map.of("basis", "WON"))
                .variable("filter", Map.of("from", "2026-01-01", "asOf", "2025-01-01")).execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> assertThat(e.getMessage())
                        .isEqualTo("filter.from (2026-01-01) is after filter.asOf (2025-01-01): the period would be empty")));
        graphQl.documentName("evidence-deals").variable("selector", Map.of("basis", "WON")).variable("first", 101).execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(e -> assertThat(e.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST)));
    }

    /** Every row of a figure's evidence (50 a page, by value, largest first), and its totals. */
    record Rows(List<Map<String, Object>> rows, double totalAmount, double totalValue, Double totalHours, long totalCount,
            Double medianValue) {
        double sum(String field) {
            return rows.stream().mapToDouble(r -> ((Number) r.get(field)).doubleValue()).sum();
        }
    }

    Rows rows(Map<String, Object> filter, Map<String, Object> selector) {
        List<Map<String, Object>> rows = new ArrayList<>();
        String after = null;
        Map<String, Object> totals = null;
        do {
            var response = graphQl.documentName("evidence-rows").variable("filter", filter).variable("selector", selector)
                    .variable("first", 50).variable("after", after).variable("orderBy", Map.of("field", "VALUE", "direction", "DESC"))
                    .execute();
            totals = response.path("dealEvidence").entity(mapType()).get();
            response.path("dealEvidence.edges").entityList(mapType()).get().forEach(rows::add);
            boolean next = response.path("dealEvidence.pageInfo.hasNextPage").entity(Boolean.class).get();
            after = next ? response.path("dealEvidence.pageInfo.endCursor").entity(String.class).get() : null;
        } while (after != null);
        return new Rows(rows, ((Number) totals.get("totalAmount")).doubleValue(), ((Number) totals.get("totalValue")).doubleValue(),
                totals.get("totalHours") == null ? null : ((Number) totals.get("totalHours")).doubleValue(),
                ((Number) totals.get("totalCount")).longValue(),
                totals.get("medianValue") == null ? null : ((Number) totals.get("medianValue")).doubleValue());
    }

    /** The listed rows add up to the figure, and so do the totals; rows are distinct. */
    static void addsUp(String what, Rows rows, double figure) {
        assertThat(rows.sum("value")).as(what + ": the listed rows").isCloseTo(figure, org.assertj.core.data.Offset.offset(0.01));
        assertThat(rows.totalValue()).as(what + ": totalValue").isCloseTo(figure, org.assertj.core.data.Offset.offset(0.01));
        assertThat(rows.rows()).as(what + ": as many rows as counted").hasSize((int) rows.totalCount());
        assertThat(rows.rows().stream().map(r -> r.get("cursor")).distinct().count()).as(what + ": no row twice")
                .isEqualTo(rows.totalCount());
    }

    @Test
    void everyPartnerFigureOpensRowsThatAddUpToIt() {
        for (Map<String, Object> filter : List.of(Map.<String, Object>of(), Map.<String, Object>of("from", "2025-06-01"))) {
            var figures = graphQl.documentName("evidence-figures").variable("filter", filter).execute();
            Map<String, Object> returns = figures.path("partnerReturns").entity(mapType()).get();
            double anyRevenue = 0;
            // ROPI by tier and by type: every partner of the row, each credited deal once per partner
            for (Map<String, Object> row : castList(returns.get("byTier"))) {
                Map<String, Object> narrowed = new HashMap<>(filter);
                narrowed.put("tiers", List.of(row.get("key").toString().toUpperCase(java.util.Locale.ROOT)));
                Rows rows = rows(narrowed, Map.of("basis", "WON", "measure", "PARTNER_REVENUE"));
                addsUp(filter + " tier " + row.get("key"), rows, number(row.get("revenue")));
                assertThat(rows.rows()).allSatisfy(r -> assertThat(castMap(r.get("creditedTo")).get("kind")).isEqualTo("PARTNER"));
                anyRevenue += number(row.get("revenue"));
            }
            for (Map<String, Object> row : castList(returns.get("byType"))) {
                Map<String, Object> narrowed = new HashMap<>(filter);
                narrowed.put("partnerTypes", List.of(row.get("key").toString().toUpperCase(java.util.Locale.ROOT)));
                addsUp(filter + " type " + row.get("key"), rows(narrowed, Map.of("basis", "WON", "measure", "PARTNER_REVENUE")),
                        number(row.get("revenue")));
            }
            assertThat(anyRevenue).as("the fixture has partner revenue").isPositive();
            // a partner's revenue (dilution, the plan's moves), and its trailing-year revenue (tier mismatches)
            for (Map<String, Object> p : castList(returns.get("partners"))) {
                addsUp(filter + " partner " + p.get("id"), rows(filter, Map.of("basis", "WON", "measure", "PARTNER_REVENUE",
                        "creditedPartners", List.of(p.get("id")))), number(p.get("revenue")));
            }
            Map<String, Object> tiers = figures.path("tierMismatches").entity(mapType()).get();
            List<Map<String, Object>> mismatched = new ArrayList<>(castList(tiers.get("overTiered")));
            mismatched.addAll(castList(tiers.get("underTiered")));
            assertThat(mismatched).as("the fixture has tier mismatches").isNotEmpty();
            for (Map<String, Object> m : mismatched) {
                Rows rows = rows(filter,
                        Map.of("basis", "TRAILING_YEAR", "measure", "PARTNER_REVENUE", "creditedPartners", List.of(m.get("id"))));
                addsUp(filter + " trailing " + m.get("id"), rows, number(m.get("trailingRevenue")));
            }
            // economics: a partner's earnings, deal row by deal row, with its hours
            List<Map<String, Object>> economics = castList(figures.path("partnerEconomics").entity(mapType()).get().get("partners"));
            assertThat(economics).as("the fixture has partner economics").isNotEmpty();
            for (Map<String, Object> p : economics) {
                Rows rows = rows(filter,
                        Map.of("basis", "CREATED", "measure", "PARTNER_EARNINGS", "creditedPartners", List.of(p.get("id"))));
                addsUp(filter + " earnings " + p.get("id"), rows, number(p.get("earnings")));
                assertThat(rows.totalHours()).isCloseTo(number(p.get("hours")), org.assertj.core.data.Offset.offset(0.01));
                assertThat(rows.sum("hours")).isCloseTo(number(p.get("hours")), org.assertj.core.data.Offset.offset(0.01));
            }
            // channel conflicts: all of them (amount at stake) and each one
            Map<String, Object> conflicts = figures.path("channelConflicts").entity(mapType()).get();
            addsUp(filter + " conflicts", rows(filter, Map.of("basis", "CREATED", "conflictWindowDays", 30)),
                    number(conflicts.get("amountAtStake")));
            for (Map<String, Object> c : castList(conflicts.get("conflicts"))) {
                Rows rows = rows(filter, Map.of("basis", "CREATED", "conflictWindowDays", 30, "customerIds", List.of(c.get("customerId"))));
                double sameCustomer = castList(conflicts.get("conflicts")).stream()
                        .filter(o -> o.get("customerId").equals(c.get("customerId")))
                        .mapToDouble(o -> number(o.get("amount"))).sum();
                addsUp(filter + " conflict at " + c.get("customerId"), rows, sameCustomer);
            }
            // referral chains: the credited revenue, and the undecayed revenue as the rows' amounts
            Map<String, Object> network = figures.path("referralNetwork").entity(mapType()).get();
            assertThat(castList(network.get("ranking"))).as("the fixture has referrers").isNotEmpty();
            for (Map<String, Object> r : castList(network.get("ranking"))) {
                Rows rows = rows(filter, Map.of("basis", "WON", "measure", "REFERRAL_CREDIT", "referrer", r.get("id"), "maxHops", 3,
                        "decay", network.get("decay")));
                addsUp(filter + " referrals of " + r.get("id"), rows, number(r.get("creditedRevenue")));
                assertThat(rows.totalAmount()).isCloseTo(number(r.get("revenue")), org.assertj.core.data.Offset.offset(0.01));
                assertThat(rows.rows()).allSatisfy(x -> assertThat(((Number) x.get("hops")).intValue()).isBetween(1, 3));
            }
        }
    }

    /**
     * The Portfolio figures that had no evidence: the partner-driven share and revenue per active partner
     * (the won deals partners sourced or co-sold), the concentration's total (every partner's credited
     * revenue) and its top 10% and 20% (the credited revenue of the largest partners, as many as the
     * share counts, taken from partnerReturns' list largest first).
     */
    @Test
    void theKpiTilesAndTheConcentrationOpenRowsThatAddUpToThem() {
        int concentrations = 0;
        for (Map<String, Object> filter : List.of(Map.<String, Object>of(), Map.<String, Object>of("from", "2025-06-01"),
                Map.<String, Object>of("partnerTypes", List.of("RESELLER")))) {
            var figures = graphQl.documentName("evidence-concentration").variable("filter", filter).execute();
            Map<String, Object> kpis = figures.path("ecosystemKpis").entity(mapType()).get();
            Rows driven = rows(filter, Map.of("basis", "WON", "sources", List.of("PARTNER_SOURCED", "CO_SOLD")));
            double total = number(kpis.get("totalWonAmount"));
            assertThat(total).as("the fixture has won revenue").isPositive();
            addsUp(filter + " partner-driven revenue", driven, number(kpis.get("partnerDrivenShare")) * total);
            if (kpis.get("revenuePerActivePartner") != null) {
                assertThat(driven.totalValue() / number(kpis.get("activePartners"))).as(filter + " revenue per active partner")
                        .isCloseTo(number(kpis.get("revenuePerActivePartner")), org.assertj.core.data.Offset.offset(0.01));
            }

            Map<String, Object> returns = figures.path("partnerReturns").entity(mapType()).get();
            double revenue = number(returns.get("revenue"));
            addsUp(filter + " concentration", rows(filter, Map.of("basis", "WON", "measure", "PARTNER_REVENUE")), revenue);
            Map<String, Object> concentration = castMap(returns.get("concentration"));
            if (concentration.get("top10Share") == null) {
                continue;
            }
            List<String> largestFirst = castList(returns.get("partners")).stream().map(p -> (String) p.get("id")).toList();
            int partners = ((Number) concentration.get("partners")).intValue();
            assertThat(largestFirst).as("every partner is listed").hasSize(partners);
            for (var top : List.of(Map.entry(0.10, "top10Share"), Map.entry(0.20, "top20Share"))) {
                int k = (int) Math.ceil(top.getKey() * partners - 1e-9);
                Rows rows = rows(filter,
                        Map.of("basis", "WON", "measure", "PARTNER_REVENUE", "creditedPartners", largestFirst.subList(0, k)));
                addsUp(filter + " " + top.getValue(), rows, number(concentration.get(top.getValue())) * revenue);
            }
            concentrations++;
        }
        assertThat(concentrations).as("the fixture reports a concentration").isPositive();
    }

    @Test
    void aSelectorThatDoesNotFitItsMeasureIsRefused() {
        graphQl.documentName("evidence-rows").variable("selector", Map.of("basis", "CLOSED", "measure", "PARTNER_REVENUE")).execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> assertThat(e.getMessage())
                        .isEqualTo("measure PARTNER_REVENUE counts won deals: basis WON or TRAILING_YEAR, not CLOSED")));
        graphQl.documentName("evidence-rows").variable("selector", Map.of("basis", "WON", "measure", "REFERRAL_CREDIT")).execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> assertThat(e.getMessage())
                        .isEqualTo("measure REFERRAL_CREDIT needs selector.referrer, the referring partner")));
        graphQl.documentName("evidence-rows").variable("selector", Map.of("basis", "WON", "measure", "FIRST_DEAL")).execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> assertThat(e.getMessage())
                        .isEqualTo("measure FIRST_DEAL counts each partner's first deal, however old: basis CREATED, not WON")));
        graphQl.documentName("evidence-rows").variable("selector", Map.of("basis", "WON", "conflictWindowDays", 400)).execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(e -> assertThat(e.getMessage()).isEqualTo("selector.conflictWindowDays must be 1 to 365, got 400")));
    }
}
