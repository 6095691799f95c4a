package com.ecosystemgraph.overload;

import static org.assertj.core.api.Assertions.assertThat;

import com.ecosystemgraph.analytics.Rollups;
import com.ecosystemgraph.cypher.CypherStatements;
import com.ecosystemgraph.importing.ImportService;
import com.ecosystemgraph.security.Role;
import com.ecosystemgraph.support.Http;
import com.ecosystemgraph.support.ServiceData;
import com.ecosystemgraph.support.ServiceTest;
import com.ecosystemgraph.support.Users;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * Past capacity a request is refused at once ({@code 503 OVERLOADED}, {@code Retry-After}, our error
 * shape, nothing run), and analytics and light queries have separate slots, so that neither can take
 * the other's. One slot each and no queue here; a slot is held deterministically: an analysis waits
 * for the rollups, which the test holds, and a mutation waits for a customer's write lock, which the
 * test holds.
 */
@ServiceTest
// The same settings as ClientLimitsIT: one context for both.
@TestPropertySource(properties = {"ecosystem.load.max-concurrent=1", "ecosystem.load.queue-size=0",
        "ecosystem.load.max-concurrent-analytics=1", "ecosystem.load.analytics-queue-size=0",
        "ecosystem.load.rate-limit=0.01", "ecosystem.load.rate-limit-burst=10",
        "ecosystem.sign-in.max-failures=3", "ecosystem.sign-in.window=10m", "ecosystem.sign-in.audited-one-by-one=3"})
class LoadSheddingIT {

    @LocalServerPort
    int port;

    @Autowired
    Driver driver;

    @Autowired
    ImportService importService;

    @Autowired
    Rollups rollups;

    @Autowired
    MeterRegistry meters;

    private final ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor();
    private String base;

    @BeforeEach
    void fixture() {
        base = "http://localhost:" + port;
        ServiceData.resetToFixture(driver, importService);
    }

    @AfterEach
    void stopClients() {
        clients.shutdownNow();
    }

    @Test
    void anAnalysisPastItsSlotsIsRefusedAtOnceWhileLightQueriesGoOn() throws Exception {
        CompletableFuture<Http.Answer> running;
        synchronized (rollups) {
            running = CompletableFuture.supplyAsync(() -> Http.graphql(base, "{ ecosystemKpis { totalWonAmount } }", viewer()), clients);
            Awaitility.await().atMost(2, TimeUnit.MINUTES).until(() -> running("analytics") == 1);

            Http.Answer refused = Http.graphql(base, "{ tierMismatches { partners { partner { id } } } }", viewer());
            assertThat(refused.status()).as(refused.body()).isEqualTo(503);
            assertThat(refused.retryAfter()).isEqualTo("1");
            assertThat(refused.classification()).isEqualTo("OVERLOADED");
            assertThat(refused.json().at("/errors/0/message").asString()).contains("at capacity").contains("not run");
            assertThat(refused.json().has("data")).isFalse();

            Http.Answer light = Http.graphql(base, "{ partners(first: 1) { totalCount } }", viewer());
            assertThat(light.status()).as("a light query has its own slots").isEqualTo(200);
            assertThat(light.json().at("/data/partners/totalCount").asInt()).isEqualTo(6);
        }
        Http.Answer answered = running.get(2, TimeUnit.MINUTES);
        assertThat(answered.status()).isEqualTo(200);
        assertThat(answered.json().at("/data/ecosystemKpis/totalWonAmount").isNumber()).isTrue();
    }

    @Test
    void aMutationRefusedAtCapacityWritesNothingAndAnalyticsStillAnswer() throws Exception {
        CompletableFuture<Http.Answer> waiting;
        try (var session = driver.session(); var lock = session.beginTransaction()) {
            lock.run(CypherStatements.fixture("lock-customer"), Map.of("id", "C1")).consume();
            waiting = CompletableFuture.supplyAsync(() -> Http.graphql(base, upsertCustomer("C1", "Renamed"), admin()), clients);
            Awaitility.await().atMost(2, TimeUnit.MINUTES).until(() -> running("queries") == 1);

            Http.Answer refused = Http.graphql(base, upsertCustomer("C2", "Never written"), admin());
            assertThat(refused.status()).as(refused.body()).isEqualTo(503);
            assertThat(refused.classification()).isEqualTo("OVERLOADED");
            assertThat(refused.retryAfter()).isEqualTo("1");
            assertThat(Http.graphql(base, "{ partners(first: 1) { totalCount } }", viewer()).status()).isEqualTo(503);

            Http.Answer analysis = Http.graphql(base, "{ ecosystemKpis { totalWonAmount } }", viewer());
            assertThat(analysis.status()).as("analytics have their own slots").isEqualTo(200);
            lock.rollback();
        }
        Http.Answer answered = waiting.get(2, TimeUnit.MINUTES);
        assertThat(answered.status()).isEqualTo(200);
        assertThat(answered.json().at("/data/upsertCustomer/customer/name").asString()).isEqualTo("Renamed");
        try (var session = driver.session()) {
            assertThat(session.run(CypherStatements.fixture("customer-name"), Map.of("id", "C2")).single().get("name").asString())
                    .as("the refused mutation wrote nothing").isEqualTo("Initech");
        }
        assertThat(running("queries")).isZero();
    }

    private double running(String pool) {
        return meters.get("ecosystem.load.running").tag("pool", pool).gauge().value();
    }

    private static String upsertCustomer(String id, String name) {
        return "mutation { upsertCustomer(input: {id: \"" + id + "\", name: \"" + name
                + "\"}) { customer { id name } errors { message } } }";
    }

    private static String[] viewer() {
        return new String[]{"Authorization", Http.basic("viewer", Users.password(Role.VIEWER))};
    }

    private static String[] admin() {
        return new String[]{"Authorization", Http.basic("admin", Users.password(Role.ADMIN))};
    }
}
