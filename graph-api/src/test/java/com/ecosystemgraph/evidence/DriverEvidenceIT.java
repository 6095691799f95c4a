package com.ecosystemgraph.evidence;

import static com.ecosystemgraph.support.Untyped.castList;
import static com.ecosystemgraph.support.Untyped.castMap;
import static com.ecosystemgraph.support.Untyped.mapType;
import static com.ecosystemgraph.support.Untyped.number;
import static org.assertj.core.api.Assertions.assertThat;

import com.ecosystemgraph.security.Role;
import com.ecosystemgraph.support.ServiceTest;
import com.ecosystemgraph.support.SignedIn;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * Each figure of every group of performanceDrivers opens rows that reproduce it: the group's partners, their
 * partner-driven revenue and won deals, their closed deals and win rate, their co-sold deals; for three filters
 * (none, a period start that leaves the co-sold deals out, a partner type), on the hand-computed drivers fixture.
 */
@ServiceTest(role = Role.VIEWER, fixture = "analytics/drivers")
class DriverEvidenceIT {

    @SignedIn
    HttpGraphQlTester graphQl;

    private static final Offset<Double> CENT = Offset.offset(1e-6);

    /** The totals of the evidence (one row read: the totals cover all of them). */
    Map<String, Object> totals(Map<String, Object> filter, Map<String, Object> selector) {
        return graphQl.documentName("evidence-rows").variable("filter", filter).variable("selector", selector).variable("first", 1)
                .execute().path("dealEvidence").entity(mapType()).get();
    }

    Map<String, Object> group(String lever, String key, String basis, String measure) {
        Map<String, Object> selector = new HashMap<>();
        selector.put("basis", basis);
        selector.put("measure", measure);
        selector.put("driverLever", lever);
        selector.put("driverGroup", key);
        return selector;
    }

    @Test
    void everyGroupsFiguresOpenRowsThatReproduceThem() {
        int revenues = 0;
        int winRates = 0;
        int coSold = 0;
        double integrationUsers = 0;
        for (Map<String, Object> filter : List.of(Map.<String, Object>of(), Map.<String, Object>of("from", "2026-02-15"),
                Map.<String, Object>of("partnerTypes", List.of("STRATEGIC")))) {
            Map<String, Object> drivers = graphQl.documentName("analytics-drivers").variable("filter", filter).execute()
                    .path("performanceDrivers").entity(mapType()).get();
            assertThat(number(totals(filter, Map.of("basis", "CREATED", "measure", "SIGNED_PARTNER")).get("totalCount")))
                    .as("%s: the signed partners", filter).isEqualTo(number(drivers.get("partners")));
            for (Map<String, Object> lever : castList(drivers.get("levers"))) {
                for (Map<String, Object> g : castList(lever.get("groups"))) {
                    String name = filter + " " + lever.get("lever") + " " + g.get("key");
                    double partners = number(g.get("partners"));
                    assertThat(number(totals(filter, group((String) lever.get("lever"), (String) g.get("key"), "CREATED", "SIGNED_PARTNER"))
                            .get("totalCount"))).as(name + " partners").isEqualTo(partners);
                    Map<String, Object> revenue = totals(filter, group((String) lever.get("lever"), (String) g.get("key"), "WON",
                            "PARTNER_REVENUE"));
                    if (g.get("revenuePerPartner") != null) {
                        assertThat(number(revenue.get("totalValue")) / partners).as(name + " revenue per partner")
                                .isCloseTo(number(g.get("revenuePerPartner")), CENT);
                        assertThat(number(revenue.get("totalCount")) / partners).as(name + " won deals per partner")
                                .isCloseTo(number(g.get("wonDealsPerPartner")), CENT);
                        revenues++;
                    }
                    Map<String, Object> closed = totals(filter, group((String) lever.get("lever"), (String) g.get("key"), "CLOSED",
                            "PARTNER_OUTCOME"));
                    assertThat(number(closed.get("totalCount"))).as(name + " closed deals").isEqualTo(number(g.get("closedDeals")));
                    if (g.get("winRate") != null) {
                        assertThat(number(closed.get("totalValue")) / number(closed.get("totalCount"))).as(name + " win rate")
                                .isCloseTo(number(g.get("winRate")), CENT);
                        winRates++;
                    }
                    if (g.get("coSoldPerPartner") != null) {
                        Map<String, Object> sold = totals(filter, group((String) lever.get("lever"), (String) g.get("key"), "CREATED",
                                "PARTNER_CO_SOLD"));
                        assertThat(number(sold.get("totalCount")) / partners).as(name + " co-sold per partner")
                                .isCloseTo(number(g.get("coSoldPerPartner")), CENT);
                        coSold++;
                    }
                    if (g.get("integrationUsers") != null) {
                        Map<String, Object> users = totals(filter, group((String) lever.get("lever"), (String) g.get("key"), "CREATED",
                                "INTEGRATION_USER"));
                        assertThat(number(users.get("totalCount"))).as(name + " integration users")
                                .isEqualTo(number(g.get("integrationUsers")));
                        integrationUsers += number(g.get("integrationUsers"));
                    }
                }
            }
        }
        assertThat(revenues).as("groups with a revenue figure").isGreaterThan(10);
        assertThat(winRates).as("groups with a win rate").isGreaterThan(5);
        assertThat(coSold).as("groups with co-sold deals").isGreaterThan(10);
        assertThat(integrationUsers).as("integration users over the groups").isGreaterThan(0);
    }

    /**
     * The fixture's integrations: depth 3 used by DC1 and DC2, depth 1 by DC1 to DC4. Each row is a customer and the partner whose
     * integration it uses (a customer once per partner), paged through to the end.
     */
    @Test
    void integrationUsersAreEachPartnersCustomersOnce() {
        Map<String, Object> drivers = graphQl.documentName("analytics-drivers").variable("filter", Map.of()).execute()
                .path("performanceDrivers").entity(mapType()).get();
        Map<String, Object> depth = castList(drivers.get("levers")).stream().filter(l -> "INTEGRATION_DEPTH".equals(l.get("lever")))
                .findFirst().orElseThrow();
        Map<String, Object> three = castList(depth.get("groups")).stream().filter(g -> "3".equals(g.get("key"))).findFirst().orElseThrow();
        List<String> rows = new java.util.ArrayList<>();
        String after = null;
        do {
            var page = graphQl.documentName("evidence-customers").variable("selector", group("INTEGRATION_DEPTH", "3", "CREATED",
                    "INTEGRATION_USER")).variable("first", 3).variable("after", after).execute();
            page.path("dealEvidence.customerEdges").entityList(mapType()).get().forEach(e -> {
                assertThat(number(e.get("value"))).isEqualTo(1.0);
                rows.add(castMap(e.get("creditedTo")).get("id") + "|" + castMap(e.get("node")).get("id"));
            });
            after = Boolean.TRUE.equals(page.path("dealEvidence.pageInfo.hasNextPage").entity(Boolean.class).get())
                    ? page.path("dealEvidence.pageInfo.endCursor").entity(String.class).get()
                    : null;
        } while (after != null);
        assertThat(rows).hasSize((int) number(three.get("integrationUsers"))).doesNotHaveDuplicates()
                .allSatisfy(r -> assertThat(r).matches(".*\\|DC[12]"));
        assertThat(rows.size()).as("two customers per partner of the group").isEqualTo(2 * (int) number(three.get("partners")));
    }

    @Test
    void integrationUsersAreOnlyTheIntegrationDepthLevers() {
        graphQl.documentName("evidence-rows").variable("selector", group("CERTIFICATION", "0", "CREATED", "INTEGRATION_USER"))
                .execute().errors().satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(e -> assertThat(e.getMessage()).contains("INTEGRATION_DEPTH").contains("CERTIFICATION")));
    }

    /** The fixture's hand-computed certification groups: 9 partners each, 40k and 140k revenue per partner. */
    @Test
    void theCertifiedGroupIsTheFixturesNine() {
        var response = graphQl.documentName("evidence-partners")
                .variable("selector", group("CERTIFICATION", "1+", "CREATED", "SIGNED_PARTNER")).variable("first", 50).execute();
        assertThat(response.path("dealEvidence.partnerEdges").entityList(mapType()).get()).extracting(r -> castMap(r.get("node")).get("id"))
                .containsExactly("A07", "A08", "A09", "B04", "B05", "B06", "B07", "B08", "B09");
        Map<String, Object> revenue = totals(Map.of(), group("CERTIFICATION", "0", "WON", "PARTNER_REVENUE"));
        assertThat(number(revenue.get("totalValue"))).isEqualTo(9 * 40_000.0);
    }

    @Test
    void anUnknownGroupIsRefusedNamingTheLeversGroups() {
        graphQl.documentName("evidence-rows").variable("selector", group("CERTIFICATION", "2+", "CREATED", "SIGNED_PARTNER"))
                .execute().errors().satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(e -> assertThat(e.getMessage()).contains("driverGroup").contains("'2+'").contains("0, 1+")));
        graphQl.documentName("evidence-rows").variable("selector", Map.of("basis", "CREATED", "measure", "DEAL_AMOUNT",
                "driverLever", "CERTIFICATION", "driverGroup", "0")).execute().errors()
                .satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> assertThat(e.getMessage()).contains("driver group")));
    }
}
