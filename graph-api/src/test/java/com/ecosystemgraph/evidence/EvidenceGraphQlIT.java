package com.ecosystemgraph.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import com.ecosystemgraph.security.Role;
import com.ecosystemgraph.support.ServiceData;
import com.ecosystemgraph.support.ServiceTest;
import com.ecosystemgraph.support.Users;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** The deals behind the analytics' figures add up to the figures, on the hand-written analytics fixture. */
@ServiceTest
class EvidenceGraphQlIT {

    HttpGraphQlTester graphQl;

    @Autowired
    Driver driver;

    @Autowired
    void signIn(HttpGraphQlTester anonymous) {
        graphQl = Users.as(anonymous, Role.VIEWER);
    }

    @BeforeEach
    void fixture() {
        ServiceData.clear(driver);
        ServiceData.run(driver, "analytics/small-ecosystem", Map.of());
    }

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
                Map.<String, Object>of("partnerTypes", List.of("RESELLER")))) {
            List<Map<String, Object>> rows = graphQl.documentName("analytics-kpis").variable("filter", filter).execute()
                    .path("ecosystemKpis.bySource").entityList(mapType()).get();
            for (Map<String, Object> row : rows) {
                Map<String, Object> selector = Map.of("basis", "WON", "sources", List.of(row.get("source")));
                List<Map<String, Object>> deals = allDeals(filter, selector);
                double listed = deals.stream().mapToDouble(d -> ((Number) d.get("amount")).doubleValue()).sum();
                assertThat(listed).as("%s %s: listed deals add up to wonAmount", filter, row.get("source"))
                        .isEqualTo(((Number) row.get("wonAmount")).doubleValue());
                assertThat(deals).as("%s %s: as many deals as won", filter, row.get("source")).hasSize(((Number) row.get("won")).intValue());
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
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(e ->
                        assertThat(e.getMessage()).isEqualTo("filter.from (2026-01-01) is after filter.asOf (2025-01-01): the period would be empty")));
        graphQl.documentName("evidence-deals").variable("selector", Map.of("basis", "WON")).variable("first", 101).execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(e ->
                        assertThat(e.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST)));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Object o) {
        return (Map<String, Object>) o;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Class<Map<String, Object>> mapType() {
        return (Class) Map.class;
    }
}
