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
