package com.ecosystemgraph.api;

import com.ecosystemgraph.neo4j.CypherRunner;
import com.ecosystemgraph.security.SecurityProperties;
import com.ecosystemgraph.support.ServiceTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The standard introspection document (graphql-js {@code getIntrospectionQuery()}, as GraphiQL and
 * codegen send it; written by the web client's graphql package into the test resource) is answered
 * although it is deeper than the depth limit; a data query as deep is still refused.
 */
@ServiceTest
class IntrospectionIT {

    @Autowired
    WebTestClient web;

    @Autowired
    CypherRunner cypher;

    private WebTestClient.BodyContentSpec post(String query) {
        // The schema's answer is larger than the test client's default buffer of 256 KB.
        return web.mutate().codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(8 * 1024 * 1024)).build()
                .post().uri("/graphql").headers(h -> h.setBasicAuth("viewer", SecurityProperties.DEMO_VIEWER_PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("query", query))
                .exchange().expectStatus().isOk().expectBody();
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = IntrospectionIT.class.getResourceAsStream("/graphql-test/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theStandardIntrospectionQueryAnswersWithTheSchema() throws IOException {
        post(resource("introspection-query.graphql"))
                .jsonPath("$.errors").doesNotExist()
                .jsonPath("$.data.__schema.queryType.name").isEqualTo("Query")
                .jsonPath("$.data.__schema.mutationType.name").isEqualTo("Mutation")
                .jsonPath("$.data.__schema.types[?(@.name == 'Partner')].fields[*].name")
                .value(names -> assertThat(names).asInstanceOf(InstanceOfAssertFactories.LIST).contains("id", "name"))
                // The document really is past the data limit: 15 levels of ofType nesting.
                .jsonPath("$.extensions.cost.depth").value(depth -> assertThat((Integer) depth).isGreaterThan(10));
    }

    @Test
    void introspectionThroughFragmentsAndTypeLookupsIsAnsweredToo() {
        String ofType = "kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name"
                + " ofType { kind name ofType { kind name ofType { kind name } } } } } } } }";
        post("query { __typename ...T } fragment T on Query { __type(name: \"Partner\") { fields { type { " + ofType + " } } } }")
                .jsonPath("$.errors").doesNotExist()
                .jsonPath("$.data.__type.fields[0].type.kind").exists();
    }

    @Test
    void aDeepDocumentThatAlsoReadsDataIsStillRefused() {
        long before = cypher.executedStatements();
        String deep = "{ __schema { queryType { name } } partners(first: 1) { edges { node { customers(first: 1) { edges { node {"
                + " deals(first: 1) { edges { node { customer { id } } } } } } } } } } }";
        post(deep).jsonPath("$.errors[0].message").isEqualTo("The query is 11 levels deep; the limit is 10")
                .jsonPath("$.errors[0].extensions.classification").isEqualTo("BAD_REQUEST")
                .jsonPath("$.data").doesNotExist();
        // A data field hidden in a fragment is no introspection either.
        post("query { ...Q } fragment Q on Query { __typename partners(first: 1) { edges { node { customers(first: 1) { edges {"
                + " node { deals(first: 1) { edges { node { customer { id } } } } } } } } } } }")
                .jsonPath("$.errors[0].message").isEqualTo("The query is 11 levels deep; the limit is 10");
        assertThat(cypher.executedStatements()).isEqualTo(before);
    }

    @Test
    void aSecondCopyOfTheIntrospectionTreeIsRefusedByTheGoodFaithCheck() {
        post("{ a: __schema { types { name } } b: __schema { types { name } } }")
                .jsonPath("$.errors[0].extensions.classification").isEqualTo("BAD_REQUEST")
                .jsonPath("$.errors[0].message").value(message -> assertThat((String) message).contains("__schema"))
                .jsonPath("$.data").doesNotExist();
    }
}
