package com.ecosystemgraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.ecosystemgraph.security.SecurityProperties;
import com.ecosystemgraph.support.ServiceTest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Nested fields answer exactly as they did when every nested field was its own batched statement:
 * each case's response (data and errors; not the cost extension) equals the answer recorded from
 * that implementation in {@code graphql-test/answers/}. {@link UnjoinedAnswersIT} runs the same
 * cases with the joined reads switched off, so both paths are held to the same answers.
 *
 * <p>To record the answers again (only on an implementation known to be right):
 * {@code -Danswers.record=src/test/resources/graphql-test/answers}.
 */
@ServiceTest(fixture = ServiceTest.SMALL_ECOSYSTEM)
class JoinedAnswersIT {

    static final String CUSTOMER_C1_CURSOR = "djE6eyJ2IjoiQzEiLCJpZCI6IkMxIn0";
    static final String DEAL_D1_CURSOR = "djE6eyJ2IjoiRDEiLCJpZCI6IkQxIn0";

    /** Case name -> document name and variables. */
    static final Map<String, Case> CASES = new LinkedHashMap<>();

    record Case(String document, Map<String, Object> variables) {
    }

    static {
        CASES.put("partnerGraph-P1", new Case("partnerGraph", Map.of("id", "P1")));
        CASES.put("partnerGraph-P2", new Case("partnerGraph", Map.of("id", "P2")));
        CASES.put("partnerGraph-P4-influenced", new Case("partnerGraph", Map.of("id", "P4", "roles", List.of("INFLUENCED"))));
        CASES.put("partnerGraph-Q1", new Case("partnerGraph", Map.of("id", "Q1")));
        CASES.put("customerGraph-C1", new Case("customerGraph", Map.of("id", "C1")));
        CASES.put("customerGraph-C3", new Case("customerGraph", Map.of("id", "C3")));
        CASES.put("customerGraph-C4", new Case("customerGraph", Map.of("id", "C4")));
        CASES.put("shapePartnerById-P1", new Case("shapePartnerById", Map.of("id", "P1")));
        CASES.put("shapePartnerById-P2", new Case("shapePartnerById", Map.of("id", "P2")));
        CASES.put("shapePartnerListPage-3", new Case("shapePartnerListPage", Map.of("first", 3)));
        CASES.put("shapePartnerListPage-6", new Case("shapePartnerListPage", Map.of("first", 6)));
        CASES.put("shapePartnersByTypeRegion-services-emea",
                new Case("shapePartnersByTypeRegion", Map.of("type", "SERVICES", "region", "EMEA", "first", 50)));
        CASES.put("shapePartnersByTypeRegion-technology-emea",
                new Case("shapePartnersByTypeRegion", Map.of("type", "TECHNOLOGY", "region", "EMEA", "first", 50)));
        CASES.put("shapeCustomerDeals-C1", new Case("shapeCustomerDeals", Map.of("id", "C1")));
        CASES.put("shapeCustomerDeals-C2", new Case("shapeCustomerDeals", Map.of("id", "C2")));
        CASES.put("joinedEverything-first-pages", new Case("joinedEverything", Map.of()));
        CASES.put("joinedEverything-after-cursors", new Case("joinedEverything",
                Map.of("customerAfter", CUSTOMER_C1_CURSOR, "dealAfter", DEAL_D1_CURSOR)));
        CASES.put("joinedBadCursor", new Case("joinedBadCursor", Map.of()));
        CASES.put("threeLevels-4", new Case("threeLevels", Map.of("first", 4)));
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    WebTestClient web;

    @Autowired
    Driver driver;

    @Test
    void everyCaseAnswersAsRecorded() throws IOException {
        String record = System.getProperty("answers.record");
        for (var entry : CASES.entrySet()) {
            JsonNode answer = answer(entry.getValue());
            if (record != null) {
                Files.createDirectories(Path.of(record));
                Files.writeString(Path.of(record, entry.getKey() + ".json"),
                        JSON.writerWithDefaultPrettyPrinter().writeValueAsString(answer) + "\n");
                continue;
            }
            JsonNode expected = JSON.readTree(resource("graphql-test/answers/" + entry.getKey() + ".json"));
            assertThat(answer).as(entry.getKey()).isEqualTo(expected);
        }
    }

    /**
     * A plan is remembered per document and variables (graphql/join/PlanCache): the same document with a variable that
     * switches a nested field on and off, or changes its page, answers for the variables it was sent with, every time.
     */
    @Test
    void theSameDocumentAnswersForItsVariablesEachTime() {
        String query = "query Include($id: ID!, $with: Boolean!, $first: Int!) { partner(id: $id) { id"
                + " customers(first: $first) @include(if: $with) { edges { node { id } } } } }";
        for (int round = 0; round < 2; round++) {
            JsonNode two = answer(query, Map.of("id", "P1", "with", true, "first", 2));
            assertThat(two.at("/data/partner/customers/edges").size()).as("round %d", round).isEqualTo(2);
            JsonNode without = answer(query, Map.of("id", "P1", "with", false, "first", 2));
            assertThat(without.at("/data/partner").has("customers")).as("round %d", round).isFalse();
            assertThat(without.at("/data/partner/id").asString()).isEqualTo("P1");
            JsonNode one = answer(query, Map.of("id", "P1", "with", true, "first", 1));
            assertThat(one.at("/data/partner/customers/edges").size()).as("round %d", round).isEqualTo(1);
            assertThat(one.at("/data/partner/customers/edges/0")).isEqualTo(two.at("/data/partner/customers/edges/0"));
        }
    }

    private JsonNode answer(Case c) {
        return answer(resource("graphql-test/" + c.document() + ".graphql"), c.variables());
    }

    private JsonNode answer(String query, Map<String, Object> variables) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", query);
        body.put("variables", variables);
        String response = web.post().uri("/graphql").headers(h -> h.setBasicAuth("viewer", SecurityProperties.DEMO_VIEWER_PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        ObjectNode tree = (ObjectNode) JSON.readTree(response);
        tree.remove("extensions");
        return tree;
    }

    private static String resource(String path) {
        try (InputStream in = JoinedAnswersIT.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("No test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
