package com.ecosystemgraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.ecosystemgraph.security.Role;
import com.ecosystemgraph.support.ServiceTest;
import com.ecosystemgraph.support.Users;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Every error case of docs/api.md's table ("Errors at the HTTP level" and the validation messages):
 * the status, and the documented body shape with its classification, never Spring's or
 * graphql-java's own.
 */
@ServiceTest(fixture = ServiceTest.SMALL_ECOSYSTEM)
class ErrorFormatIT {

    @Autowired
    WebTestClient web;

    @Autowired
    Driver driver;

    @Test
    void malformedJsonIs400InOurShape() {
        raw(HttpMethod.POST, "/graphql", MediaType.APPLICATION_JSON, "{\"query\": ")
                .expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[0].extensions.classification").isEqualTo("BAD_REQUEST")
                .jsonPath("$.errors[0].message").value(m -> assertThat((String) m).startsWith("The request body is not valid JSON"))
                .jsonPath("$.timestamp").doesNotExist();
        raw(HttpMethod.POST, "/graphql", MediaType.APPLICATION_JSON, "{}")
                .expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[0].extensions.classification").isEqualTo("BAD_REQUEST");
    }

    @Test
    void anotherMediaTypeIs415() {
        raw(HttpMethod.POST, "/graphql", MediaType.TEXT_PLAIN, "{\"query\":\"{ __typename }\"}")
                .expectStatus().isEqualTo(415).expectBody()
                .jsonPath("$.errors[0].extensions.classification").isEqualTo("UNSUPPORTED_MEDIA_TYPE")
                .jsonPath("$.errors[0].message").value(m -> assertThat((String) m).contains("application/json"));
    }

    @Test
    void anotherMethodIs405() {
        for (HttpMethod method : new HttpMethod[]{HttpMethod.GET, HttpMethod.PUT, HttpMethod.DELETE}) {
            raw(method, "/graphql", MediaType.APPLICATION_JSON, method == HttpMethod.GET ? null : "{\"query\":\"{ __typename }\"}")
                    .expectStatus().isEqualTo(405).expectHeader().valueEquals("Allow", "POST").expectBody()
                    .jsonPath("$.errors[0].extensions.classification").isEqualTo("METHOD_NOT_ALLOWED");
        }
    }

    @Test
    void anUnknownPathIs404SignedInOrNot() {
        for (String path : new String[]{"/nope", "/api/nope", "/assets/nope.js"}) {
            web.get().uri(path).headers(h -> h.setBasicAuth("admin", Users.password(Role.ADMIN))).exchange()
                    .expectStatus().isNotFound().expectBody().jsonPath("$.errors[0].extensions.classification").isEqualTo("NOT_FOUND");
            web.get().uri(path).exchange()
                    .expectStatus().isNotFound().expectBody().jsonPath("$.errors[0].extensions.classification").isEqualTo("NOT_FOUND");
        }
    }

    @Test
    void aTooLargeBodyIs413() {
        String big = "{\"query\":\"{ __typename }\",\"variables\":{\"x\":\"" + "a".repeat(300 * 1024) + "\"}}";
        raw(HttpMethod.POST, "/graphql", MediaType.APPLICATION_JSON, big)
                .expectStatus().isEqualTo(413).expectBody()
                .jsonPath("$.errors[0].extensions.classification").isEqualTo("PAYLOAD_TOO_LARGE");
    }

    @Test
    void anAnswerTheClientWillNotAcceptIs406() {
        web.post().uri("/graphql").headers(h -> h.setBasicAuth("admin", Users.password(Role.ADMIN)))
                .contentType(MediaType.APPLICATION_JSON).accept(MediaType.TEXT_HTML).bodyValue(Map.of("query", "{ __typename }"))
                .exchange().expectStatus().isEqualTo(406).expectBody()
                .jsonPath("$.errors[0].extensions.classification").isEqualTo("NOT_ACCEPTABLE");
    }

    @Test
    void anInvalidDateLiteralIsReportedInOurWords() {
        graphql("mutation { upsertDeal(input: {id: \"D9\", customerId: \"C1\", amount: 1, outcome: OPEN, createdOn: \"2026-01-01\","
                + " closedOn: \"2026-13-45\", source: DIRECT}) { errors { message } } }")
                .jsonPath("$.errors[0].extensions.classification").isEqualTo("BAD_REQUEST")
                .jsonPath("$.errors[0].message")
                .isEqualTo("'closedOn' (input.closedOn) must be a date like 2025-06-30; got '2026-13-45', which is not a calendar date");
    }

    @Test
    void aDateInTheRightFormThatIsNotOnTheCalendarIsSaidSo() {
        web.post().uri("/graphql").headers(h -> h.setBasicAuth("viewer", Users.password(Role.VIEWER)))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("query", "query($d: Date!) { dealStats(filter: {createdFrom: $d}) { count } }",
                        "variables", Map.of("d", "2025-02-30")))
                .exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.errors[0].extensions.classification").isEqualTo("BAD_REQUEST")
                .jsonPath("$.errors[0].message").value(m -> assertThat((String) m).contains("'2025-02-30' is not a calendar date"));
    }

    @Test
    void unknownFieldsAndBadSyntaxAreBadRequestsWithoutLibraryInternals() {
        graphql("{ partners { nope } }")
                .jsonPath("$.errors[0].extensions.classification").isEqualTo("BAD_REQUEST")
                .jsonPath("$.errors[0].message").value(m -> assertThat((String) m).doesNotContain("Validation error", "@[")
                        .contains("nope"));
        graphql("{ partners { ")
                .jsonPath("$.errors[0].extensions.classification").isEqualTo("BAD_REQUEST")
                .jsonPath("$.errors[0].message").value(m -> assertThat((String) m).startsWith("The query is not valid GraphQL"));
    }

    @Test
    void deletingAPartnerCountsOnlyDomainNodes() {
        graphql("mutation { deleteNode(input: {kind: PARTNER, id: \"P1\"}) { deletedNodes deletedRelationships errors { code } } }")
                .jsonPath("$.data.deleteNode.deletedNodes").isEqualTo(1)
                .jsonPath("$.data.deleteNode.deletedRelationships").value(n -> assertThat(((Number) n).intValue()).isPositive());
    }

    private WebTestClient.BodyContentSpec graphql(String query) {
        return web.post().uri("/graphql").headers(h -> h.setBasicAuth("admin", Users.password(Role.ADMIN)))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("query", query))
                .exchange().expectStatus().isOk().expectBody();
    }

    private WebTestClient.ResponseSpec raw(HttpMethod method, String path, MediaType type, String body) {
        var request = web.method(method).uri(path).headers(h -> h.setBasicAuth("admin", Users.password(Role.ADMIN)));
        if (body == null) {
            return request.exchange();
        }
        return request.contentType(type).bodyValue(body).exchange();
    }
}
