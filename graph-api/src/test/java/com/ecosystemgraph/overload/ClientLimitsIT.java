package com.ecosystemgraph.overload;

import static org.assertj.core.api.Assertions.assertThat;

import com.ecosystemgraph.audit.SignInAuditing;
import com.ecosystemgraph.security.Role;
import com.ecosystemgraph.support.Http;
import com.ecosystemgraph.support.ServiceTest;
import com.ecosystemgraph.support.Users;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Limits per client: a request rate per user or API key ({@code 429 RATE_LIMITED}), and failed
 * sign-ins throttled per user name and per client address ({@code 429} before any password is
 * checked), with a flood coalesced in the audit trail. Each test signs in from its own address
 * ({@code X-Forwarded-For} from the loopback, which the service trusts as a proxy) so that the
 * tests' throttles do not meet.
 */
@ServiceTest
// The same settings as LoadSheddingIT: one context for both.
@TestPropertySource(properties = {"ecosystem.load.max-concurrent=1", "ecosystem.load.queue-size=0",
        "ecosystem.load.max-concurrent-analytics=1", "ecosystem.load.analytics-queue-size=0",
        "ecosystem.load.rate-limit=0.01", "ecosystem.load.rate-limit-burst=10",
        "ecosystem.sign-in.max-failures=3", "ecosystem.sign-in.window=10m", "ecosystem.sign-in.audited-one-by-one=3"})
class ClientLimitsIT {

    @LocalServerPort
    int port;

    @Autowired
    SignInAuditing signIns;

    @Test
    void aClientPastItsRateIsRefusedWith429WhileOthersGoOn() {
        String base = "http://localhost:" + port;
        String[] recruiterKey = {"X-API-Key", Users.apiKey(Role.RECRUITER), "X-Forwarded-For", "203.0.113.10"};
        for (int i = 0; i < 10; i++) {
            assertThat(Http.graphql(base, "{ __typename }", recruiterKey).status()).as("request %d of the burst", i + 1).isEqualTo(200);
        }
        Http.Answer refused = Http.graphql(base, "{ __typename }", recruiterKey);
        assertThat(refused.status()).as(refused.body()).isEqualTo(429);
        assertThat(refused.classification()).isEqualTo("RATE_LIMITED");
        assertThat(Integer.parseInt(refused.retryAfter())).as("one request per 100 s").isBetween(1, 101);
        assertThat(refused.json().at("/errors/0/message").asString()).contains("key:testrecruiter").contains("not run");

        assertThat(Http.graphql(base, "{ __typename }", "X-API-Key", Users.apiKey(Role.VIEWER), "X-Forwarded-For", "203.0.113.10")
                .status()).as("another client has its own rate").isEqualTo(200);
    }

    @Test
    void aUserNameWithTooManyFailedSignInsIsRefusedBeforeAnyPasswordCheck() {
        String base = "http://localhost:" + port;
        for (int i = 0; i < 3; i++) {
            assertThat(Http.graphql(base, "{ __typename }", "Authorization", Http.basic("recruiter", "wrong-" + i),
                    "X-Forwarded-For", "198.51.100.1").status()).isEqualTo(401);
        }
        Http.Answer refused = Http.graphql(base, "{ __typename }", "Authorization", Http.basic("recruiter", Users.password(Role.RECRUITER)),
                "X-Forwarded-For", "198.51.100.2");
        assertThat(refused.status()).as("the right password, from elsewhere, while the name is throttled: " + refused.body())
                .isEqualTo(429);
        assertThat(refused.classification()).isEqualTo("RATE_LIMITED");
        assertThat(Integer.parseInt(refused.retryAfter())).isPositive();
        assertThat(Http.graphql(base, "{ __typename }", "Authorization", Http.basic("viewer", Users.password(Role.VIEWER)),
                "X-Forwarded-For", "198.51.100.3").status()).as("other users sign in as usual").isEqualTo(200);
    }

    @Test
    void aFloodFromOneAddressIsThrottledAndCoalescedInTheAuditTrail() {
        String base = "http://localhost:" + port;
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            statuses.add(Http.graphql(base, "{ __typename }", "Authorization", Http.basic("nobody-" + i, "guess-" + i),
                    "X-Forwarded-For", "192.0.2.9").status());
        }
        assertThat(statuses.subList(0, 3)).containsOnly(401);
        assertThat(statuses.subList(3, 12)).as("throttled: answered without a check").containsOnly(429);
        assertThat(Http.graphql(base, "{ __typename }", "Authorization", Http.basic("viewer", "not-checked"),
                "X-Forwarded-For", "192.0.2.9").status()).as("the address is throttled, whatever the name").isEqualTo(429);

        // flush() must have written the summary when it returns, even while the common pool (where Caffeine
        // runs removal listeners) is busy: CI once read the trail before a listener had written it.
        CountDownLatch release = new CountDownLatch(1);
        JsonNode events;
        try {
            for (int i = 0; i < ForkJoinPool.getCommonPoolParallelism(); i++) {
                ForkJoinPool.commonPool().execute(() -> {
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
            }
            signIns.flush();
            events = Http.graphql(base,
                    "{ auditEvents(filter: {operations: [\"signIn\"]}, first: 100) { edges { node { actor summary outcome } } } }",
                    "X-API-Key", Users.apiKey(Role.ADMIN)).json().at("/data/auditEvents/edges");
        } finally {
            release.countDown();
        }
        List<String> fromThere = new ArrayList<>();
        events.forEach(edge -> {
            String summary = edge.at("/node/summary").asString();
            if (summary.contains("192.0.2.9")) {
                fromThere.add(summary);
            }
        });
        assertThat(fromThere).as("three one by one, the rest in one event").hasSize(4);
        assertThat(fromThere).anySatisfy(summary -> assertThat(summary)
                .contains("10 more sign-ins from 192.0.2.9").contains("10 of them answered 429").contains("nobody-3"));
        assertThat(events.toString()).doesNotContain("guess-");
    }
}
