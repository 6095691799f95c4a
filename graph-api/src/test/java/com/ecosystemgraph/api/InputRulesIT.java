package com.ecosystemgraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.ecosystemgraph.neo4j.CypherRunner;
import com.ecosystemgraph.importing.StoredIdCheck;
import com.ecosystemgraph.security.Role;
import com.ecosystemgraph.support.GraphSnapshot;
import com.ecosystemgraph.support.ServiceData;
import com.ecosystemgraph.support.ServiceTest;
import com.ecosystemgraph.support.Users;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Hostile ids, names and sizes over real HTTP, as an admin and as a viewer: each is refused as
 * BAD_REQUEST (or 413) naming the field and the rule, before any database work, and nothing is
 * written.
 */
@ServiceTest(fixture = ServiceTest.SMALL_ECOSYSTEM)
class InputRulesIT {

    private static final String UPSERT_PARTNER = "mutation($input: PartnerInput!) { upsertPartner(input: $input) {"
            + " partner { id name } errors { field message code } } }";
    private static final String DELETE = "mutation($input: DeleteNodeInput!) { deleteNode(input: $input) {"
            + " deletedNodes errors { field message code } } }";

    @Autowired
    WebTestClient web;

    @Autowired
    CypherRunner cypher;

    @Autowired
    Driver driver;

    @Autowired
    StoredIdCheck storedIds;

    private WebTestClient.ResponseSpec post(Role role, String query, Map<String, Object> variables) {
        Map<String, Object> body = new HashMap<>();
        body.put("query", query);
        body.put("variables", variables);
        return web.post().uri("/graphql").headers(h -> h.setBasicAuth(role.username(), Users.password(role)))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    @ParameterizedTest
    @ValueSource(strings = {"../../etc/passwd", "P1\u0000", "P\u202Eevil", "a b", "%s%s%s%n", ""})
    void aHostileIdInAMutationIsABadRequestNamingTheFieldAndTheRule(String id) {
        GraphSnapshot before = GraphSnapshot.of(driver);
        long statements = cypher.executedStatements();
        Map<String, Object> input = Map.of("id", id, "name", "Hostile", "type", "TECHNOLOGY");
        post(Role.ADMIN, UPSERT_PARTNER, Map.of("input", input)).expectStatus().isOk().expectBody()
                .jsonPath("$.errors[0].extensions.classification").isEqualTo("BAD_REQUEST")
                .jsonPath("$.errors[0].message").value(message -> assertThat((String) message)
                        .startsWith("'upsertPartner.input.id': ").contains("1-64 characters of letters"))
                .jsonPath("$.data.upsertPartner").doesNotExist();
        post(Role.ADMIN, DELETE, Map.of("input", Map.of("kind", "PARTNER", "id", id))).expectStatus().isOk().expectBody()
                .jsonPath("$.errors[0].extensions.classification").isEqualTo("BAD_REQUEST")
                .jsonPath("$.errors[0].message").value(message -> assertThat((String) message)
                        .startsWith("'deleteNode.input.id': ").contains("1-64 characters of letters"));
        assertThat(cypher.executedStatements()).isEqualTo(statements);
        assertThat(GraphSnapshot.of(driver)).isEqualTo(before);
    }

    @Test
    void aTenThousandCharacterIdIsRefusedInMutationsAndQueriesForEveryRole() {
        GraphSnapshot before = GraphSnapshot.of(driver);
        long statements = cypher.executedStatements();
        String id = "P".repeat(10_000);
        post(Role.ADMIN, UPSERT_PARTNER, Map.of("input", Map.of("id", id, "name", "Long", "type", "TECHNOLOGY")))
                .expectStatus().isOk().expectBody()
                .jsonPath("$.errors[0].extensions.classification").isEqualTo("BAD_REQUEST")
                .jsonPath("$.errors[0].message").isEqualTo("'upsertPartner.input.id': an id of 10000 characters is too long"
                        + " (1-64 characters of letters A-Z a-z, digits and _ - . :)");
        post(Role.VIEWER, "query($id: ID!) { partner(id: $id) { id } }", Map.of("id", id)).expectStatus().isOk().expectBody()
                .jsonPath("$.errors[0].extensions.classification").isEqualTo("BAD_REQUEST")
                .jsonPath("$.errors[0].message").isEqualTo("'partner.id': an id of 10000 characters is too long"
                        + " (1-64 characters of letters A-Z a-z, digits and _ - . :)");
        assertThat(cypher.executedStatements()).isEqualTo(statements);
        assertThat(GraphSnapshot.of(driver)).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Evil\u0007Corp", "Nova\u202ESystems", "Nova\u2066Systems", "Tab\tName"})
    void aNameWithControlOrBidiCharactersIsRefused(String name) {
        GraphSnapshot before = GraphSnapshot.of(driver);
        post(Role.ADMIN, UPSERT_PARTNER, Map.of("input", Map.of("id", "P900", "name", name, "type", "TECHNOLOGY")))
                .expectStatus().isOk().expectBody()
                .jsonPath("$.errors[0].extensions.classification").isEqualTo("BAD_REQUEST")
                .jsonPath("$.errors[0].message").value(message -> assertThat((String) message)
                        .startsWith("'upsertPartner.input.name': contains the ").containsPattern("U\\+[0-9A-F]{4}"));
        assertThat(GraphSnapshot.of(driver)).isEqualTo(before);
    }

    @Test
    void aNameIsStoredInNfcAndCappedAt200Characters() {
        String decomposed = "Cafe\u0301 Partners";
        post(Role.ADMIN, UPSERT_PARTNER, Map.of("input", Map.of("id", "P900", "name", decomposed, "type", "TECHNOLOGY")))
                .expectStatus().isOk().expectBody()
                .jsonPath("$.data.upsertPartner.errors").isEmpty()
                .jsonPath("$.data.upsertPartner.partner.name").isEqualTo("Caf\u00e9 Partners");
        GraphSnapshot before = GraphSnapshot.of(driver);
        post(Role.ADMIN, UPSERT_PARTNER, Map.of("input", Map.of("id", "P901", "name", "N".repeat(201), "type", "TECHNOLOGY")))
                .expectStatus().isOk().expectBody()
                .jsonPath("$.data.upsertPartner.partner").doesNotExist()
                .jsonPath("$.data.upsertPartner.errors[0].field").isEqualTo("name")
                .jsonPath("$.data.upsertPartner.errors[0].message").isEqualTo("a text of 201 characters is too long (at most 200)");
        assertThat(GraphSnapshot.of(driver)).isEqualTo(before);
    }

    @Test
    void anOversizedStringVariableIsRefusedBeforeTheDatabase() {
        GraphSnapshot before = GraphSnapshot.of(driver);
        long statements = cypher.executedStatements();
        // 100 KB: under the body limit, over the per-string cap.
        post(Role.VIEWER, "query($text: String!) { search(text: $text) { __typename } }", Map.of("text", "x".repeat(100_000)))
                .expectStatus().isOk().expectBody()
                .jsonPath("$.errors[0].extensions.classification").isEqualTo("BAD_REQUEST")
                .jsonPath("$.errors[0].message").isEqualTo("'search.text': a text of 100000 characters is too long (at most 2000)");
        post(Role.ADMIN, "mutation($input: CustomerInput!) { upsertCustomer(input: $input) { errors { field } } }",
                Map.of("input", Map.of("id", "C900", "name", "Big", "region", "r".repeat(100_000))))
                .expectStatus().isOk().expectBody()
                .jsonPath("$.errors[0].message")
                .isEqualTo("'upsertCustomer.input.region': a text of 100000 characters is too long (at most 2000)");
        // 10 MB: over the body limit, refused as 413 in the error format before it is read.
        for (Role role : List.of(Role.VIEWER, Role.ADMIN)) {
            post(role, "query($text: String!) { search(text: $text) { __typename } }", Map.of("text", "x".repeat(10_000_000)))
                    .expectStatus().isEqualTo(413).expectBody()
                    .jsonPath("$.errors[0].extensions.classification").isEqualTo("PAYLOAD_TOO_LARGE")
                    .jsonPath("$.errors[0].message").value(message -> assertThat((String) message).contains("256 KB"));
        }
        assertThat(cypher.executedStatements()).isEqualTo(statements);
        assertThat(GraphSnapshot.of(driver)).isEqualTo(before);
    }

    @Test
    void theStoredIdCheckReportsIdsStoredBeforeTheRule() {
        assertThat(storedIds.offenders(10)).isEmpty();
        ServiceData.run(driver, "partner-with-id", Map.of("id", "../../etc/passwd", "name", "Legacy"));
        ServiceData.run(driver, "partner-with-id", Map.of("id", "P".repeat(65), "name", "Legacy"));
        assertThat(storedIds.offenders(10)).extracting(StoredIdCheck.Offender::id)
                .containsExactlyInAnyOrder("../../etc/passwd", "P".repeat(65));
        assertThat(storedIds.offenders(10)).allSatisfy(o -> assertThat(o.reason()).contains("1-64 characters"));
    }
}
