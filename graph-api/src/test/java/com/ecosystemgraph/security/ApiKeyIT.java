package com.ecosystemgraph.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.ecosystemgraph.support.ServiceData;
import com.ecosystemgraph.support.ServiceTest;
import com.ecosystemgraph.support.Users;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Applications signing in with {@code X-API-Key}: every kind of operation answers (GraphQL answers
 * are produced on an async dispatch, where the key's filter does not run again), and bad keys are
 * refused in our error shape.
 */
@ServiceTest(fixture = ServiceTest.SMALL_ECOSYSTEM)
class ApiKeyIT {

    @Autowired
    WebTestClient web;

    @Autowired
    Driver driver;

    @Test
    void aViewerKeyReadsQueriesThatRunAsynchronously() {
        post(Users.apiKey(Role.VIEWER), "{ dealStats { count } partners { totalCount } }")
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.errors").doesNotExist()
                .jsonPath("$.data.dealStats.count").isEqualTo(5)
                .jsonPath("$.data.partners.totalCount").isNumber();
    }

    @Test
    void anAdminKeyDeletesAndTheAnswerSaysSo() {
        post(Users.apiKey(Role.ADMIN), "mutation { deleteNode(input: {kind: PARTNER, id: \"Q1\"}) { deletedNodes errors { code } } }")
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.data.deleteNode.deletedNodes").isEqualTo(1)
                .jsonPath("$.data.deleteNode.errors").isEmpty();
    }

    @Test
    void aViewerKeyIsRefusedAWriteByItsRole() {
        post(Users.apiKey(Role.VIEWER), "mutation { deleteNode(input: {kind: PARTNER, id: \"Q1\"}) { deletedNodes } }")
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.errors[0].extensions.classification").isEqualTo("FORBIDDEN");
        assertThat(ServiceData.count(driver, "nodes")).isPositive();
    }

    @Test
    void unknownRevokedAndEmptyKeysAndTwoCredentialsAreRefusedInOurShape() {
        post("eg_testviewer_NotTheSecretOfThisKey000000", "{ __typename }").expectStatus().isUnauthorized().expectBody()
                .jsonPath("$.errors[0].message").isEqualTo("The API key is not valid")
                .jsonPath("$.errors[0].extensions.classification").isEqualTo("UNAUTHORIZED");
        post("eg_revoked_V1ewerSecretForTests0123456789", "{ __typename }").expectStatus().isUnauthorized().expectBody()
                .jsonPath("$.errors[0].message").isEqualTo("The API key is not valid");
        post("", "{ __typename }").expectStatus().isUnauthorized().expectBody()
                .jsonPath("$.errors[0].message").isEqualTo("The X-API-Key header is empty");
        web.post().uri("/graphql").header("X-API-Key", Users.apiKey(Role.ADMIN))
                .headers(h -> h.setBasicAuth("viewer", Users.password(Role.VIEWER)))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("query", "{ __typename }")).exchange()
                .expectStatus().isUnauthorized().expectBody()
                .jsonPath("$.errors[0].extensions.classification").isEqualTo("UNAUTHORIZED")
                .jsonPath("$.errors[0].message").isEqualTo(
                        "Send one credential, not several: the request has an Authorization header and an X-API-Key header");
    }

    private WebTestClient.ResponseSpec post(String key, String query) {
        return web.post().uri("/graphql").header("X-API-Key", key).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("query", query)).exchange();
    }
}
