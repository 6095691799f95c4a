package com.ecosystemgraph.api;

import com.ecosystemgraph.analytics.Rollups;
import com.ecosystemgraph.importing.ImportService;
import com.ecosystemgraph.security.Role;
import com.ecosystemgraph.support.ServiceData;
import com.ecosystemgraph.support.ServiceTest;
import com.ecosystemgraph.support.Users;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A request past the request timeout answers 503 with {@code Retry-After} in our error shape. The
 * request is made to wait deterministically: the analytics rollups refresh one caller at a time,
 * and the test is that caller while the request waits for its turn.
 */
@ServiceTest
@TestPropertySource(properties = {"spring.mvc.async.request-timeout=2s", "ecosystem.neo4j.transaction-timeout=1s"})
class RequestTimeoutIT {

    @Autowired
    WebTestClient web;

    @Autowired
    Driver driver;

    @Autowired
    ImportService importService;

    @Autowired
    Rollups rollups;

    @Test
    void aRequestPastTheTimeoutIs503WithRetryAfter() {
        ServiceData.resetToFixture(driver, importService);
        synchronized (rollups) {
            web.post().uri("/graphql").headers(h -> h.setBasicAuth("viewer", Users.password(Role.VIEWER)))
                    .contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(Map.of("query", "{ ecosystemKpis { totalWonAmount } }"))
                    .exchange()
                    .expectStatus().isEqualTo(503)
                    .expectHeader().valueEquals("Retry-After", "5")
                    .expectBody()
                    .jsonPath("$.errors[0].extensions.classification").isEqualTo("TIMEOUT")
                    .jsonPath("$.timestamp").doesNotExist();
        }
    }
}
