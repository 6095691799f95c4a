package com.ecosystemgraph.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.ecosystemgraph.support.ServiceTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

/** The browser's way in (session + CSRF) and the operators' endpoints. */
@ServiceTest
class SessionAndMonitoringIT {

    @Autowired
    WebTestClient web;

    @Test
    void aBrowserSignsInWithTheCsrfTokenAndNeedsItForEverySessionRequest() {
        var session = web.get().uri("/api/session").exchange().expectStatus().isOk().returnResult(Map.class);
        ResponseCookie xsrf = session.getResponseCookies().getFirst("XSRF-TOKEN");
        assertThat(xsrf).isNotNull();
        String token = xsrf.getValue();

        web.post().uri("/api/login").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData("username", "recruiter").with("password", SecurityProperties.DEMO_RECRUITER_PASSWORD))
                .exchange().expectStatus().isForbidden();
        web.post().uri("/api/login").cookie("XSRF-TOKEN", token).header("X-XSRF-TOKEN", token)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData("username", "recruiter").with("password", "wrong"))
                .exchange().expectStatus().isUnauthorized();
        var login = web.post().uri("/api/login").cookie("XSRF-TOKEN", token).header("X-XSRF-TOKEN", token)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData("username", "recruiter").with("password", SecurityProperties.DEMO_RECRUITER_PASSWORD))
                .exchange().expectStatus().isOk().returnResult(String.class);
        ResponseCookie sessionCookie = login.getResponseCookies().getFirst("JSESSIONID");
        assertThat(sessionCookie).isNotNull();
        ResponseCookie rotated = login.getResponseCookies().getFirst("XSRF-TOKEN");
        String csrf = rotated != null && !rotated.getValue().isEmpty() ? rotated.getValue() : token;

        Map<String, String> query = Map.of("query", "{ partners { totalCount } }");
        web.post().uri("/graphql").cookie("JSESSIONID", sessionCookie.getValue()).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(query).exchange().expectStatus().isForbidden()
                .expectBody().jsonPath("$.errors[0].message")
                .isEqualTo("Missing or wrong CSRF token: send the XSRF-TOKEN cookie's value in the X-XSRF-TOKEN header");
        web.post().uri("/graphql").cookie("JSESSIONID", sessionCookie.getValue()).cookie("XSRF-TOKEN", csrf)
                .header("X-XSRF-TOKEN", csrf).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(query).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.data.partners.totalCount").isNumber();
        web.get().uri("/api/session").cookie("JSESSIONID", sessionCookie.getValue()).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.username").isEqualTo("recruiter").jsonPath("$.authenticated").isEqualTo(true);
    }

    @Test
    void healthShowsNeo4jToEveryoneAndMetricsOnlyToAdmins() {
        web.get().uri("/actuator/health").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP").jsonPath("$.components.neo4j.status").isEqualTo("UP");
        web.post().uri("/graphql").headers(h -> h.setBasicAuth("viewer", SecurityProperties.DEMO_VIEWER_PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("query", "{ partners { totalCount } }"))
                .exchange().expectStatus().isOk();
        web.get().uri("/actuator/prometheus").headers(h -> h.setBasicAuth("viewer", SecurityProperties.DEMO_VIEWER_PASSWORD))
                .exchange().expectStatus().isForbidden();
        String metrics = web.mutate().codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(16 * 1024 * 1024)).build()
                .get().uri("/actuator/prometheus").headers(h -> h.setBasicAuth("admin", SecurityProperties.DEMO_ADMIN_PASSWORD))
                .exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        assertThat(metrics).contains("ecosystem_cypher_seconds_count{statement=\"partner/count\"")
                .contains("graphql_request_seconds");
    }
}
