package com.ecosystemgraph.api;

import com.ecosystemgraph.neo4j.CypherRunner;
import com.ecosystemgraph.graphql.QueryLimits;
import com.ecosystemgraph.security.SecurityProperties;
import com.ecosystemgraph.support.ServiceTest;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Over-limit requests are refused with a message naming the limit, before any database work. */
@ServiceTest
class LimitsIT {

    @Autowired
    WebTestClient web;

    @Autowired
    CypherRunner cypher;

    private WebTestClient.BodyContentSpec post(String query) {
        return web.post().uri("/graphql").headers(h -> h.setBasicAuth("viewer", SecurityProperties.DEMO_VIEWER_PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("query", query))
                .exchange().expectStatus().isOk().expectBody();
    }

    @Test
    void everyResponseReportsItsEstimatedCost() {
        post("{ partners(first: 5) { edges { node { id integrations { id } } } } }")
                // partners: a root field, 5 x (1 + edges); edges: 1 + node; node: 1 + id + integrations (10 x (1 + id))
                .jsonPath("$.extensions.cost.requested").isEqualTo(QueryLimits.ROOT_FIELD_COST + 5 * (1 + (1 + (1 + 1 + 10 * (1 + 1)))))
                .jsonPath("$.extensions.cost.limit").isEqualTo(QueryLimits.MAX_COST)
                .jsonPath("$.extensions.cost.maxDepth").isEqualTo(QueryLimits.MAX_DEPTH);
    }

    private WebTestClient.BodyContentSpec post(String query, Map<String, Object> variables) {
        return web.post().uri("/graphql").headers(h -> h.setBasicAuth("viewer", SecurityProperties.DEMO_VIEWER_PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("query", query, "variables", variables))
                .exchange().expectStatus().isOk().expectBody();
    }

    /** The estimate a document passed with is remembered per variables: other variables are estimated and checked again. */
    @Test
    void theSameDocumentIsEstimatedAndCheckedForEachVariables() {
        String query = "query Page($first: Int!, $name: String) { partners(first: $first, filter: { nameContains: $name }) {"
                + " edges { node { id } } } }";
        int five = QueryLimits.ROOT_FIELD_COST + 5 * (1 + (1 + (1 + 1)));
        int seven = QueryLimits.ROOT_FIELD_COST + 7 * (1 + (1 + (1 + 1)));
        for (int round = 0; round < 2; round++) {
            post(query, Map.of("first", 5)).jsonPath("$.errors").doesNotExist().jsonPath("$.extensions.cost.requested").isEqualTo(five);
            post(query, Map.of("first", 7)).jsonPath("$.errors").doesNotExist().jsonPath("$.extensions.cost.requested").isEqualTo(seven);
        }
        long before = cypher.executedStatements();
        post(query, Map.of("first", 500)).jsonPath("$.errors[0].message")
                .isEqualTo("'first' of partners must be between 1 and 100, got 500");
        post(query, Map.of("first", 5, "name", "x".repeat(10_000))).jsonPath("$.errors[0].extensions.classification")
                .isEqualTo("BAD_REQUEST")
                .jsonPath("$.errors[0].message").value(message -> assertThat((String) message).contains("partners.filter.nameContains"));
        assertThat(cypher.executedStatements()).isEqualTo(before);
        post(query, Map.of("first", 5, "name", "a")).jsonPath("$.errors").doesNotExist().jsonPath("$.extensions.cost.requested")
                .isEqualTo(five);
    }

    @Test
    void aQueryElevenLevelsDeepIsRefused() {
        long before = cypher.executedStatements();
        String ten = "{ partners(first: 1) { edges { node { customers(first: 1) { edges { node { deals(first: 1) { edges { node {"
                + " id } } } } } } } } } }";
        post(ten).jsonPath("$.errors").doesNotExist().jsonPath("$.extensions.cost.depth").isEqualTo(10);
        before = cypher.executedStatements();
        String deep = ten.replace(" id }", " customer { id } }");
        post(deep).jsonPath("$.errors[0].message").isEqualTo("The query is 11 levels deep; the limit is 10")
                .jsonPath("$.errors[0].extensions.classification").isEqualTo("BAD_REQUEST")
                .jsonPath("$.data").doesNotExist();
        assertThat(cypher.executedStatements()).isEqualTo(before);
    }

    @Test
    void anOversizedPageOrAnExpensiveQueryIsRefused() {
        long before = cypher.executedStatements();
        post("{ partners(first: 500) { totalCount } }")
                .jsonPath("$.errors[0].message").isEqualTo("'first' of partners must be between 1 and 100, got 500");
        post("{ partners(first: 100) { edges { node { deals(first: 100) { edges { node { id customer { id name } partners { role } } } } } } } }")
                .jsonPath("$.errors[0].message").value(message -> assertThat((String) message).startsWith("The query's estimated cost is ")
                        .contains("the limit is 100000"));
        String ids = IntStream.range(0, 251).mapToObj(i -> "\"P" + i + "\"").collect(Collectors.joining(","));
        post("{ neighbourhood(ids: [" + ids + "]) { truncated } }")
                .jsonPath("$.errors[0].message").isEqualTo("'neighbourhood.ids' has 251 items; the limit is 250");
        assertThat(cypher.executedStatements()).isEqualTo(before);
    }
}
