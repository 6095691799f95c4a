package com.ecosystemgraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.ecosystemgraph.security.SecurityProperties;
import com.ecosystemgraph.support.ServiceData;
import com.ecosystemgraph.support.ServiceTest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/** Who may do what (the full role x operation matrix), how refusals look, and injection. */
@ServiceTest(fixture = ServiceTest.SMALL_ECOSYSTEM)
class AccessIT {

    @Autowired
    WebTestClient web;

    @Autowired
    Driver driver;

    /** Each operation and the lowest role allowed to run it. */
    private static final Map<String, String> OPERATIONS = new LinkedHashMap<>();

    static {
        OPERATIONS.put("{ partner(id: \"P1\") { id } }", "viewer");
        OPERATIONS.put("{ partners { totalCount } }", "viewer");
        OPERATIONS.put("{ customer(id: \"C1\") { id } }", "viewer");
        OPERATIONS.put("{ customers { totalCount } }", "viewer");
        OPERATIONS.put("{ deal(id: \"D1\") { id } }", "viewer");
        OPERATIONS.put("{ deals { totalCount } }", "viewer");
        OPERATIONS.put("{ dealStats { count } }", "viewer");
        OPERATIONS.put("{ integration(id: \"I1\") { id } }", "viewer");
        OPERATIONS.put("{ search(text: \"acme\") { id } }", "viewer");
        OPERATIONS.put("{ neighbourhood(ids: [\"P1\"]) { truncated } }", "viewer");
        OPERATIONS.put("mutation { upsertPartner(input: {id: \"Q7\", name: \"Q\", type: SERVICES, status: PROSPECT}) { errors { code } } }",
                "recruiter");
        OPERATIONS.put("mutation { deleteNode(input: {kind: PARTNER, id: \"Q1\"}) { errors { code } } }", "recruiter");
        OPERATIONS.put("mutation { upsertCustomer(input: {id: \"C7\", name: \"C\"}) { errors { code } } }", "admin");
        OPERATIONS.put("mutation { upsertIntegration(input: {id: \"I7\", partnerId: \"P1\", name: \"I\", depth: 1}) { errors { code } } }",
                "admin");
        OPERATIONS.put("mutation { recordIntegrationUsage(input: {customerId: \"C1\", integrationId: \"I1\"}) { errors { code } } }",
                "admin");
        OPERATIONS.put(
                "mutation { upsertDeal(input: {id: \"D7\", customerId: \"C1\", amount: 1, outcome: OPEN, createdOn: \"2024-01-01\", source: DIRECT}) { errors { code } } }",
                "admin");
        OPERATIONS.put(
                "mutation { recordInvestment(input: {id: \"V7\", partnerId: \"P1\", kind: MDF, amount: 1, spentOn: \"2024-01-01\"}) { errors { code } } }",
                "admin");
        OPERATIONS.put(
                "mutation { recordReferral(input: {referrerId: \"P1\", referredId: \"P2\", referredOn: \"2024-01-01\"}) { errors { code } } }",
                "admin");
    }

    private static final List<String> ROLES = List.of("viewer", "recruiter", "admin");

    @Test
    void everyOperationIsAllowedExactlyToItsRolesAndRefusedToAnonymous() {
        OPERATIONS.forEach((operation, lowest) -> {
            web.post().uri("/graphql").contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("query", operation))
                    .exchange().expectStatus().isUnauthorized()
                    .expectBody().jsonPath("$.errors[0].extensions.classification").isEqualTo("UNAUTHORIZED");
            for (String role : ROLES) {
                boolean allowed = ROLES.indexOf(role) >= ROLES.indexOf(lowest);
                JsonNode body = as(role, operation);
                JsonNode errors = body.path("errors");
                if (allowed) {
                    assertThat(errors.isMissingNode() || errors.isEmpty()).as(role + " may run " + operation + ": " + body).isTrue();
                } else {
                    assertThat(errors.get(0).path("extensions").path("classification").asString()).as(role + " runs " + operation)
                            .isEqualTo("FORBIDDEN");
                    assertThat(errors.get(0).path("message").asString()).startsWith("Your role does not allow");
                }
            }
        });
    }

    @Test
    void wrongCredentialsAndKeysAreRefused() {
        web.post().uri("/graphql").headers(h -> h.setBasicAuth("admin", "guess")).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("query", "{ partners { totalCount } }")).exchange().expectStatus().isUnauthorized();
        web.post().uri("/graphql").header("X-API-Key", "not-a-key").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("query", "{ partners { totalCount } }")).exchange().expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.errors[0].message").isEqualTo("The API key is not valid");
    }

    @Test
    void injectionPayloadsInEveryStringArgumentChangeNothing() {
        long nodes = ServiceData.count(driver, "nodes");
        long relationships = ServiceData.count(driver, "relationships");
        List<String> payloads = List.of("' OR 1=1 //", "\"}) MATCH (n) DETACH DELETE n //", "P1\") DETACH DELETE n //",
                "*:*", "\\u0000", "$id", "`Partner`", "}]->(x) SET x.hacked = true //");
        for (String payload : payloads) {
            String p = payload.replace("\\", "\\\\").replace("\"", "\\\"");
            for (String query : List.of(
                    "{ partner(id: \"" + p + "\") { id } }",
                    "{ customer(id: \"" + p + "\") { id } }",
                    "{ deal(id: \"" + p + "\") { id } }",
                    "{ integration(id: \"" + p + "\") { id } }",
                    "{ partners(filter: {nameContains: \"" + p + "\", industry: \"" + p + "\", regions: [\"" + p + "\"]}) { totalCount } }",
                    "{ customers(filter: {nameContains: \"" + p + "\", industries: [\"" + p + "\"], regions: [\"" + p
                            + "\"]}) { totalCount } }",
                    "{ deals(filter: {partnerIds: [\"" + p + "\"], customerIds: [\"" + p + "\"]}) { totalCount } }",
                    "{ dealStats(filter: {partnerIds: [\"" + p + "\"]}) { count } }",
                    "{ search(text: \"" + p + "\") { id } }",
                    "{ neighbourhood(ids: [\"" + p + "\", \"Partner:" + p + "\"]) { truncated } }",
                    "{ partners(after: \"" + p + "\") { totalCount } }",
                    "mutation { deleteNode(input: {kind: PARTNER, id: \"" + p + "\"}) { deletedNodes } }")) {
                JsonNode body = as("admin", query);
                // An error may quote the value it refuses (what, where, why); nothing else of Cypher may show.
                String answer = body.toString().replace(p, "").replace(payload, "");
                assertThat(answer).as(query).doesNotContain("Neo.ClientError", "MATCH (", "Exception");
            }
        }
        assertThat(ServiceData.count(driver, "nodes")).isEqualTo(nodes);
        assertThat(ServiceData.count(driver, "relationships")).isEqualTo(relationships);
    }

    @Test
    void theSessionEndpointTellsWhoIsSignedInAndHandsOutTheCsrfToken() {
        web.get().uri("/api/session").headers(h -> h.setBasicAuth("recruiter", SecurityProperties.DEMO_RECRUITER_PASSWORD))
                .exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.authenticated").isEqualTo(true)
                .jsonPath("$.roles").isEqualTo(List.of("RECRUITER", "VIEWER"))
                .jsonPath("$.csrfToken").isNotEmpty();
        web.get().uri("/api/session").exchange().expectStatus().isOk().expectBody().jsonPath("$.authenticated").isEqualTo(false);
    }

    private JsonNode as(String role, String query) {
        String password = switch (role) {
            case "viewer" -> SecurityProperties.DEMO_VIEWER_PASSWORD;
            case "recruiter" -> SecurityProperties.DEMO_RECRUITER_PASSWORD;
            default -> SecurityProperties.DEMO_ADMIN_PASSWORD;
        };
        byte[] body = web.post().uri("/graphql").headers(h -> h.setBasicAuth(role, password)).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("query", query)).exchange().expectStatus().isOk().expectBody().returnResult().getResponseBody();
        return tools.jackson.databind.json.JsonMapper.builder().build().readTree(body);
    }
}
