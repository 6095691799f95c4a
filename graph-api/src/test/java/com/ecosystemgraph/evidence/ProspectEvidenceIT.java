package com.ecosystemgraph.evidence;

import static com.ecosystemgraph.support.Untyped.castMap;
import static com.ecosystemgraph.support.Untyped.mapType;
import static org.assertj.core.api.Assertions.assertThat;

import com.ecosystemgraph.cypher.CypherStatements;
import com.ecosystemgraph.security.Role;
import com.ecosystemgraph.support.ServiceTest;
import com.ecosystemgraph.support.SignedIn;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * A prospect's figures in the recruiters' ranking open rows that reproduce them: its customer overlap (every active
 * partner, 1 when it serves fewer of our customers: their mean) and its customers served and segment coverage (the
 * customers it serves, 1 when in an under-represented cell: their count and mean), against scoring/prospect-fit, the
 * statement the ranking reads its figures from.
 */
@ServiceTest(role = Role.VIEWER, fixture = "analytics/referral-growth")
class ProspectEvidenceIT {

    @SignedIn
    HttpGraphQlTester graphQl;

    @Autowired
    Driver driver;

    /** Every row of one list, one a page (paging crossed), values by row id; the totals into totals. */
    List<Map<String, Object>> rows(String prospect, String measure, String edges, Map<String, Object> totals) {
        List<Map<String, Object>> rows = new ArrayList<>();
        String after = null;
        do {
            var response = graphQl.documentName("evidence-prospect").variable("selector",
                    Map.of("basis", "CREATED", "measure", measure, "prospect", prospect)).variable("first", 1).variable("after", after)
                    .execute();
            totals.putAll(response.path("dealEvidence").entity(mapType()).get());
            response.path("dealEvidence." + edges).entityList(mapType()).get().forEach(rows::add);
            boolean next = response.path("dealEvidence.pageInfo.hasNextPage").entity(Boolean.class).get();
            after = next ? response.path("dealEvidence.pageInfo.endCursor").entity(String.class).get() : null;
        } while (after != null);
        return rows;
    }

    @Test
    void eachProspectsOverlapServedCustomersAndCoverageOpenRowsThatReproduceThem() {
        List<Record> fit;
        try (var session = driver.session()) {
            fit = session.run(CypherStatements.query("scoring/prospect-fit"), Map.of("windowMonths", 12, "topRevenue", 100_000.0)).list();
        }
        assertThat(fit).as("the fixture's prospects").isNotEmpty();
        int served = 0;
        for (Record f : fit) {
            String id = f.get("id").asString();
            Map<String, Object> totals = new java.util.HashMap<>();
            List<Map<String, Object>> partners = rows(id, "PROSPECT_OVERLAP", "partnerEdges", totals);
            assertThat(partners).as(id + " every active partner").isNotEmpty()
                    .allSatisfy(r -> assertThat(castMap(r.get("node")).get("status")).isEqualTo("ACTIVE"));
            double fewer = partners.stream().mapToDouble(r -> ((Number) r.get("value")).doubleValue()).sum();
            assertThat(fewer / partners.size()).as(id + " customer overlap").isCloseTo(f.get("customerOverlap").asDouble(),
                    Offset.offset(1e-9));
            assertThat(((Number) totals.get("totalCount")).intValue()).isEqualTo(partners.size());

            totals.clear();
            List<Map<String, Object>> customers = rows(id, "PROSPECT_CUSTOMER", "customerEdges", totals);
            assertThat(customers).as(id + " customers served").hasSize(f.get("served").asInt());
            if (!customers.isEmpty()) {
                double under = customers.stream().mapToDouble(r -> ((Number) r.get("value")).doubleValue()).sum();
                assertThat(under / customers.size()).as(id + " segment coverage").isCloseTo(f.get("segmentCoverage").asDouble(),
                        Offset.offset(1e-9));
                served++;
            }
        }
        assertThat(served).as("a prospect that serves our customers").isPositive();
    }

    @Test
    void anUnknownProspectOrAFilterIsRefused() {
        graphQl.documentName("evidence-prospect").variable("selector", Map.of("basis", "CREATED", "measure", "PROSPECT_CUSTOMER",
                "prospect", "NOPE")).execute().errors().satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(e -> assertThat(e.getMessage()).contains("selector.prospect").contains("NOPE")));
        graphQl.documentName("evidence-rows").variable("filter", Map.of("from", "2026-01-01")).variable("selector",
                Map.of("basis", "CREATED", "measure", "PROSPECT_OVERLAP", "prospect", "Q9")).execute().errors()
                .satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(e -> assertThat(e.getMessage()).contains("takes no analytics filter")));
    }
}
