package com.ecosystemgraph.evidence;

import static com.ecosystemgraph.support.Untyped.castMap;
import static com.ecosystemgraph.support.Untyped.mapType;
import static org.assertj.core.api.Assertions.assertThat;

import com.ecosystemgraph.security.Role;
import com.ecosystemgraph.support.ServiceTest;
import com.ecosystemgraph.support.SignedIn;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * The Portfolio's Active partners tile opens partner rows, not deals: exactly the partners the tile counts
 * (active, signed by the as-of date, of the filter's partners), on the hand-written analytics fixture, whose
 * churned partner, prospect and partner signed late (P3, 2026-03-01) each must stay out of some list.
 */
@ServiceTest(role = Role.VIEWER, fixture = "analytics/small-ecosystem")
class ActivePartnersEvidenceIT {

    @SignedIn
    HttpGraphQlTester graphQl;

    /** Every partner row, two a page (so paging is crossed), by signing date, latest first; the last page's totals into totals. */
    List<Map<String, Object>> partners(Map<String, Object> filter, Map<String, Object> selector, Map<String, Object> totals) {
        List<Map<String, Object>> rows = new ArrayList<>();
        String after = null;
        do {
            var response = graphQl.documentName("evidence-partners").variable("filter", filter).variable("selector", selector)
                    .variable("first", 2).variable("after", after).variable("orderBy", Map.of("field", "CREATED_ON", "direction", "DESC"))
                    .execute();
            totals.putAll(response.path("dealEvidence").entity(mapType()).get());
            assertThat(response.path("dealEvidence.edges").entityList(mapType()).get()).as("partner rows carry no deal rows").isEmpty();
            response.path("dealEvidence.partnerEdges").entityList(mapType()).get().forEach(rows::add);
            boolean next = response.path("dealEvidence.pageInfo.hasNextPage").entity(Boolean.class).get();
            after = next ? response.path("dealEvidence.pageInfo.endCursor").entity(String.class).get() : null;
        } while (after != null);
        return rows;
    }

    @Test
    void theActivePartnersTileOpensExactlyThePartnersItCounts() {
        Map<String, Object> selector = Map.of("basis", "WON", "measure", "ACTIVE_PARTNER");
        Map<Map<String, Object>, List<String>> expected = Map.of(
                Map.of(), List.of("P3", "P2", "P1", "P5"),
                // the period's start does not narrow the tile
                Map.of("from", "2025-06-01"), List.of("P3", "P2", "P1", "P5"),
                Map.of("partnerTypes", List.of("REFERRAL")), List.of("P3", "P5"),
                // P3 signed after this as-of date
                Map.of("asOf", "2025-12-31"), List.of("P2", "P1", "P5"));
        for (var entry : expected.entrySet()) {
            Map<String, Object> filter = entry.getKey();
            long tile = graphQl.documentName("evidence-concentration").variable("filter", filter).execute()
                    .path("ecosystemKpis.activePartners").entity(Long.class).get();
            Map<String, Object> totals = new HashMap<>();
            List<Map<String, Object>> rows = partners(filter, selector, totals);
            assertThat(rows).as("%s: as many partners as the tile shows", filter).hasSize((int) tile);
            assertThat(((Number) totals.get("totalCount")).longValue()).isEqualTo(tile);
            assertThat(((Number) totals.get("totalValue")).doubleValue()).isEqualTo(tile);
            // P1 and P5 signed the same day: the order between them is by id
            assertThat(rows).as("%s: the partners", filter).extracting(r -> castMap(r.get("node")).get("id"))
                    .containsExactlyInAnyOrderElementsOf(entry.getValue());
            assertThat(rows).allSatisfy(r -> assertThat(castMap(r.get("node")).get("status")).isEqualTo("ACTIVE"))
                    .allSatisfy(r -> assertThat(((Number) r.get("value")).doubleValue()).isEqualTo(1.0));
            assertThat(rows).extracting(r -> (String) castMap(r.get("node")).get("signedOn"))
                    .isSortedAccordingTo(java.util.Comparator.reverseOrder());
        }
    }

    @Test
    void partnerRowsPageByIdWithoutRepeats() {
        Map<String, Object> totals = new HashMap<>();
        List<String> ids = new ArrayList<>();
        String after = null;
        do {
            var response = graphQl.documentName("evidence-partners")
                    .variable("selector", Map.of("basis", "CREATED", "measure", "SIGNED_PARTNER"))
                    .variable("first", 1).variable("after", after).execute();
            totals.putAll(response.path("dealEvidence").entity(mapType()).get());
            response.path("dealEvidence.partnerEdges").entityList(mapType()).get()
                    .forEach(r -> ids.add((String) castMap(r.get("node")).get("id")));
            boolean next = response.path("dealEvidence.pageInfo.hasNextPage").entity(Boolean.class).get();
            after = next ? response.path("dealEvidence.pageInfo.endCursor").entity(String.class).get() : null;
        } while (after != null);
        // signed partners: active and churned (P4), not the prospect
        assertThat(ids).containsExactly("P1", "P2", "P3", "P4", "P5");
        assertThat(((Number) totals.get("totalCount")).intValue()).isEqualTo(5);
    }
}
