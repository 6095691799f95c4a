package com.ecosystemgraph.evidence;

import static com.ecosystemgraph.support.Untyped.castMap;
import static com.ecosystemgraph.support.Untyped.mapType;
import static com.ecosystemgraph.support.Untyped.number;
import static org.assertj.core.api.Assertions.assertThat;

import com.ecosystemgraph.security.Role;
import com.ecosystemgraph.support.ServiceTest;
import com.ecosystemgraph.support.SignedIn;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * The Portfolio's partner-activity tiles open rows that reproduce them: the registration rate (one row per
 * partner deal row created in the period, 1 when registered: their mean) and the median days to first deal
 * (each partner's first deal and the days from signing: their median), on a fixture where both are reported
 * (cypher/fixtures/analytics/first-deals.cypher states the expected values).
 */
@ServiceTest(role = Role.VIEWER, fixture = "analytics/first-deals")
class PartnerActivityEvidenceIT {

    @SignedIn
    HttpGraphQlTester graphQl;

    /** Every row (two a page, so paging is crossed), by value, largest first, and the totals of the last page. */
    List<Map<String, Object>> rows(Map<String, Object> filter, String measure, Map<String, Object> totals) {
        List<Map<String, Object>> rows = new ArrayList<>();
        String after = null;
        do {
            var response = graphQl.documentName("evidence-rows").variable("filter", filter)
                    .variable("selector", Map.of("basis", "CREATED", "measure", measure)).variable("first", 2).variable("after", after)
                    .variable("orderBy", Map.of("field", "VALUE", "direction", "DESC")).execute();
            totals.putAll(response.path("dealEvidence").entity(mapType()).get());
            response.path("dealEvidence.edges").entityList(mapType()).get().forEach(rows::add);
            boolean next = response.path("dealEvidence.pageInfo.hasNextPage").entity(Boolean.class).get();
            after = next ? response.path("dealEvidence.pageInfo.endCursor").entity(String.class).get() : null;
        } while (after != null);
        return rows;
    }

    @Test
    void theRegistrationRateAndTheMedianDaysToFirstDealOpenRowsThatReproduceThem() {
        int rates = 0;
        int medians = 0;
        for (Map<String, Object> filter : List.of(Map.<String, Object>of(), Map.<String, Object>of("from", "2025-06-01"),
                Map.<String, Object>of("partnerTypes", List.of("REFERRAL")))) {
            Map<String, Object> kpis = graphQl.documentName("evidence-concentration").variable("filter", filter).execute()
                    .path("ecosystemKpis").entity(mapType()).get();

            Map<String, Object> totals = new java.util.HashMap<>();
            List<Map<String, Object>> registrations = rows(filter, "PARTNER_REGISTRATION", totals);
            assertThat(registrations).as(filter + " registration rows").hasSize(((Number) totals.get("totalCount")).intValue())
                    .allSatisfy(r -> assertThat(number(r.get("value"))).isIn(0.0, 1.0))
                    .allSatisfy(r -> assertThat(castMap(r.get("creditedTo")).get("kind")).isEqualTo("PARTNER"));
            double registered = registrations.stream().mapToDouble(r -> number(r.get("value"))).sum();
            assertThat(number(totals.get("totalValue"))).isEqualTo(registered);
            if (kpis.get("registrationRate") != null) {
                assertThat(registered / registrations.size()).as(filter + " registration rate")
                        .isCloseTo(number(kpis.get("registrationRate")), Offset.offset(1e-9));
                rates++;
            }

            totals.clear();
            List<Map<String, Object>> first = rows(filter, "FIRST_DEAL", totals);
            Map<String, Object> time = castMap(kpis.get("timeToFirstDeal"));
            assertThat(first).as(filter + " one first deal per partner that has one")
                    .hasSize(((Number) time.get("partners")).intValue() - ((Number) time.get("partnersWithoutDeal")).intValue());
            assertThat(first.stream().map(r -> castMap(r.get("creditedTo")).get("id")).distinct().count()).isEqualTo(first.size());
            if (time.get("medianDays") != null) {
                double[] days = first.stream().mapToDouble(r -> number(r.get("value"))).sorted().toArray();
                double median = days.length % 2 == 1 ? days[days.length / 2] : (days[days.length / 2 - 1] + days[days.length / 2]) / 2;
                assertThat(median).as(filter + " the median of the listed days").isEqualTo(number(time.get("medianDays")));
                assertThat(number(totals.get("medianValue"))).isEqualTo(number(time.get("medianDays")));
                medians++;
            } else {
                assertThat(totals.get("medianValue")).isNull();
            }
        }
        assertThat(rates).as("the fixture reports a registration rate").isEqualTo(1);
        assertThat(medians).as("the fixture reports the median days to first deal with and without a period").isEqualTo(2);
    }

    /** The fixture's hand-computed rows: the first deals 10, 20, 30, 40 and 200 days after signing, 5 of 7 rows registered. */
    @Test
    void theRowsAreTheHandComputedOnes() {
        Map<String, Object> totals = new java.util.HashMap<>();
        List<Map<String, Object>> first = rows(Map.of(), "FIRST_DEAL", totals);
        assertThat(first).extracting(r -> castMap(r.get("node")).get("id")).containsExactly("FD-F5", "FD-F4", "FD-F3", "FD-F2", "FD-F1");
        assertThat(first.stream().mapToDouble(r -> number(r.get("value"))).toArray()).containsExactly(200, 40, 30, 20, 10);
        assertThat(number(totals.get("medianValue"))).isEqualTo(30.0);
        totals.clear();
        List<Map<String, Object>> registrations = rows(Map.of(), "PARTNER_REGISTRATION", totals);
        assertThat(registrations).hasSize(7);
        assertThat(number(totals.get("totalValue"))).isEqualTo(5.0);
    }
}
