package com.ecosystemgraph.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.ecosystemgraph.support.ServiceTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

/**
 * What a browser gets: the security headers on every answer (page, API, refusal), a session cookie
 * that stays on this site, and GraphiQL served from the service itself, to signed-in users only.
 */
@ServiceTest
class BrowserPagesIT {

    private static final String CSP = "default-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self';"
            + " style-src-attr 'unsafe-inline'; worker-src 'self' blob:";

    @Autowired
    WebTestClient web;

    /** GraphiQL's editor injects styles and embeds its fonts: its page alone allows those. */
    private static final String GRAPHIQL_CSP = CSP + "; style-src 'self' 'unsafe-inline'; font-src 'self' data:; img-src 'self' data:";

    private static void browserHeaders(WebTestClient.ResponseSpec response) {
        browserHeaders(response, CSP);
    }

    private static void browserHeaders(WebTestClient.ResponseSpec response, String policy) {
        response.expectHeader().valueEquals("Content-Security-Policy", policy)
                .expectHeader().valueEquals("Referrer-Policy", "same-origin");
    }

    @Test
    void everyAnswerCarriesTheContentSecurityPolicyAndReferrerPolicy() {
        browserHeaders(web.get().uri("/").accept(MediaType.TEXT_HTML).exchange().expectStatus().isOk());
        browserHeaders(web.get().uri("/api/session").exchange().expectStatus().isOk());
        browserHeaders(web.post().uri("/graphql").headers(h -> h.setBasicAuth("viewer", SecurityProperties.DEMO_VIEWER_PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("query", "{ __typename }")).exchange().expectStatus().isOk());
        browserHeaders(web.post().uri("/graphql").contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("query", "{ __typename }"))
                .exchange().expectStatus().isUnauthorized());
        browserHeaders(web.get().uri("/graphiql").headers(h -> h.setBasicAuth("viewer", SecurityProperties.DEMO_VIEWER_PASSWORD))
                .accept(MediaType.TEXT_HTML).exchange().expectStatus().isOk(), GRAPHIQL_CSP);
        browserHeaders(web.get().uri("/assets/no-such-file.js").exchange().expectStatus().isNotFound());
    }

    @Test
    void theSessionCookieIsSameSiteStrict() {
        var session = web.get().uri("/api/session").exchange().expectStatus().isOk().returnResult(Map.class);
        String token = session.getResponseCookies().getFirst("XSRF-TOKEN").getValue();
        var login = web.post().uri("/api/login").cookie("XSRF-TOKEN", token).header("X-XSRF-TOKEN", token)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData("username", "viewer").with("password", SecurityProperties.DEMO_VIEWER_PASSWORD))
                .exchange().expectStatus().isOk().returnResult(String.class);
        ResponseCookie cookie = login.getResponseCookies().getFirst("JSESSIONID");
        assertThat(cookie).isNotNull();
        assertThat(cookie.getSameSite()).isEqualTo("Strict");
        assertThat(cookie.isHttpOnly()).isTrue();
    }

    @Test
    void graphiqlIsTheBundledPageForSignedInUsersOnly() {
        String page = web.get().uri("/graphiql").headers(h -> h.setBasicAuth("viewer", SecurityProperties.DEMO_VIEWER_PASSWORD))
                .accept(MediaType.TEXT_HTML).exchange().expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectBody(String.class).returnResult().getResponseBody();
        // Vite's page: its own script from ./assets, nothing from another origin (Spring's page loads esm.sh).
        assertThat(page).contains("<div id=\"graphiql\">").containsPattern("src=\"\\./assets/graphiql-[^\"]+\\.js\"")
                .doesNotContain("https://").doesNotContain("esm.sh");

        // An anonymous browser goes to the sign-in form, which brings it back; other clients get our 401.
        web.get().uri("/graphiql").accept(MediaType.TEXT_HTML, MediaType.ALL).exchange().expectStatus().isFound()
                .expectHeader().value(HttpHeaders.LOCATION, location -> assertThat(location).endsWith("/?next=graphiql"));
        web.get().uri("/graphiql").accept(MediaType.APPLICATION_JSON).exchange().expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.errors[0].extensions.classification").isEqualTo("UNAUTHORIZED");
        web.get().uri("/graphiql.html").accept(MediaType.TEXT_HTML).exchange().expectStatus().isUnauthorized();
    }
}
