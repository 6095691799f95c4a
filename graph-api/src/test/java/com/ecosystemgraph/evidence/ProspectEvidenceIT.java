package com.ecosystemgraph.evidence;

import static com.ecosystemgraph.support.Untyped.castMap;
import static com.ecosystemgraph.support.Untyped.mapType;
import static org.assertj.core.api.Assertions.assertThat;

import com.ecosystemgraph.cypher.CypherStatements;
import com.ecosystemgraph.graph.TopPerformers;
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
 * statement the ranking reads its figures from; and its referral proximity (the top performers within 3 referral hops, each
 * valued by its hops: 1 / the least is the figure).
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
        assertThat(eachProspectsFiguresOpenRowsThatReproduceThem()).as("the fixture has no top performer").isZero();
    }

    /** Every prospect's figures against its rows; the number of prospects within 3 referral hops of a top performer. */
    int eachProspectsFiguresOpenRowsThatReproduceThem() {
        List<Record> fit;
        try (var session = driver.session()) {
            fit = session.run(CypherStatements.query("scoring/prospect-fit"), TopPerformers.bind(new java.util.HashMap<>())).list();
        }
        assertThat(fit).as("the fixture's prospects").isNotEmpty();
        int served = 0;
        int near = 0;
        int newCustomers = 0;
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

            totals.clear();
            List<Map<String, Object>> fresh = rows(id, "PROSPECT_NEW_CUSTOMER", "customerEdges", totals);
            Map<String, Object> reach = graphQl.documentName("analytics-prospect-reach").variable("prospectId", id).variable("first", 100)
                    .execute().path("prospectReach").entity(mapType()).get();
            assertThat(fresh).as(id + " new customers").hasSize(((Number) reach.get("newCustomerCount")).intValue());
            assertThat(((Number) totals.get("totalValue")).doubleValue()).as(id + " new customers' ARR")
                    .isCloseTo(((Number) reach.get("newCustomerArr")).doubleValue(), Offset.offset(1e-6));
            newCustomers += fresh.size();

            totals.clear();
            List<Map<String, Object>> tops = rows(id, "PROSPECT_REFERRAL", "partnerEdges", totals);
            double nearest = tops.stream().mapToDouble(r -> ((Number) r.get("value")).doubleValue()).min().orElse(Double.NaN);
            assertThat(((Number) totals.get("totalValue")).doubleValue()).as(id + " referral proximity, as the totals give it")
                    .isCloseTo(f.get("referralProximity").asDouble(), Offset.offset(1e-9));
            if (f.get("hops").isNull()) {
                assertThat(tops).as(id + ": no top performer within 3 hops").isEmpty();
            } else {
                assertThat(nearest).as(id + " hops to the nearest top performer").isEqualTo(f.get("hops").asDouble());
                assertThat(tops).allSatisfy(r -> assertThat(castMap(r.get("node")).get("status")).isEqualTo("ACTIVE"));
                near++;
            }
        }
        assertThat(served).as("a prospect that serves our customers").isPositive();
        assertThat(newCustomers).as("a customer no active partner serves").isPositive();
        return near;
    }

    /**
     * The fixture has no top performer (none won 100,000 in the year up to the snapshot); a won deal of 150,000 makes R2 one,
     * two referral hops from Q9 (R1 referred both): the rows are R2 at 2 hops and the proximity 1/2, as the ranking has it.
     */
    @Test
    void aProspectsReferralProximityOpensTheTopPerformersNearIt() {
        try (var session = driver.session()) {
            session.run("""
                    MATCH (r2:Partner {id: 'R2'}), (k:Customer {id: 'K2'})
                    CREATE (r2)-[:SOURCED]->(:Deal {id: 'G99', amount: 150000.0, outcome: 'won', source: 'partner_sourced',
                      createdOn: date('2026-03-01'), closedOn: date('2026-05-01')})-[:FOR]->(k)""").consume();
        }
        assertThat(eachProspectsFiguresOpenRowsThatReproduceThem()).as("prospects within 3 referral hops of a top performer").isOne();
        Map<String, Object> totals = new java.util.HashMap<>();
        assertThat(rows("Q9", "PROSPECT_REFERRAL", "partnerEdges", totals))
                .extracting(r -> castMap(r.get("node")).get("id") + "@" + r.get("value")).containsExactly("R2@2.0");
        assertThat(((Number) totals.get("totalValue")).doubleValue()).isEqualTo(0.5);
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
