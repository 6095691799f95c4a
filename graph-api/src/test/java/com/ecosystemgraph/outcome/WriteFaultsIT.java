package com.ecosystemgraph.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import com.ecosystemgraph.EcosystemGraphApplication;
import com.ecosystemgraph.cypher.CypherStatements;
import com.ecosystemgraph.embedded.EmbeddedNeo4j;
import com.ecosystemgraph.importing.EcosystemImporter;
import com.ecosystemgraph.importing.ImportService;
import com.ecosystemgraph.support.BoltProxy;
import com.ecosystemgraph.support.Http;
import com.ecosystemgraph.support.TestNeo4j;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Faults of a real database between the service and Neo4j, caused on cue by a relay
 * ({@link BoltProxy}), on the external-URI path (issue 20, items 3 and 4):
 * <ul>
 *   <li>the database hangs while a mutation is under way: the request times out and says "not written",
 *       and the mutation does not commit when the database answers again;</li>
 *   <li>a commit reaches the database and its answer is lost: {@code OUTCOME_UNKNOWN} with the ids, and
 *       sending the same mutation again is safe;</li>
 *   <li>the database is down: {@code 503 UNAVAILABLE} with {@code Retry-After}, readiness DOWN, the log
 *       says so once, and the first request after it is back succeeds without a restart.</li>
 * </ul>
 * No sleeps: every wait is for a condition.
 */
@ExtendWith(OutputCaptureExtension.class)
class WriteFaultsIT {

    private static final String ADMIN_PASSWORD = "admin-write-faults";
    private static Path home;
    private static EmbeddedNeo4j database;
    private static Driver direct;
    private static BoltProxy proxy;
    private static ConfigurableApplicationContext service;
    private static String base;
    private static String admin;

    @BeforeAll
    static void start() throws Exception {
        home = TestNeo4j.temporaryFolder("write-faults");
        database = TestNeo4j.start(home.resolve("db"));
        direct = GraphDatabase.driver(database.boltUri(), database.serviceAuth());
        proxy = new BoltProxy(URI.create(database.boltUri()).getPort());
        service = new SpringApplicationBuilder(EcosystemGraphApplication.class).run("--server.port=0",
                "--ecosystem.neo4j.uri=" + proxy.uri(), "--ecosystem.neo4j.password=" + database.peoplePassword(),
                "--ecosystem.data-dir=" + home.resolve("unused"), "--ecosystem.demo.enabled=false",
                "--ecosystem.scoring.train-on-start=false", "--ecosystem.scoring.rescore-on-change=false",
                "--ecosystem.warm-up.enabled=false", "--ecosystem.load.rate-limit=0", "--ecosystem.sign-in.max-failures=0",
                "--spring.mvc.async.request-timeout=3s", "--ecosystem.neo4j.transaction-timeout=2s",
                "--ecosystem.security.viewer-password=viewer-write-faults",
                "--ecosystem.security.recruiter-password=recruiter-write-faults",
                "--ecosystem.security.admin-password=" + ADMIN_PASSWORD);
        Path fixture = Path.of(WriteFaultsIT.class.getResource("/ecosystem/small").toURI());
        assertThat(service.getBean(ImportService.class).importFolder(fixture, null, EcosystemImporter.Progress.NONE).succeeded()).isTrue();
        base = "http://localhost:" + ((WebServerApplicationContext) service).getWebServer().getPort();
        admin = Http.basic("admin", ADMIN_PASSWORD);
    }

    @AfterAll
    static void stop() {
        proxy.resume();
        service.close();
        proxy.close();
        direct.close();
        database.close();
        TestNeo4j.deleteRecursively(home);
    }

    @Test
    void aWriteWhoseRequestTimedOutWhileTheDatabaseHungIsNeverCommittedAfterwards() {
        proxy.pause();
        Http.Answer answer;
        try {
            answer = Http.graphql(base, upsertCustomer("C1", "Written after the answer"), "Authorization", admin);
        } finally {
            proxy.resume();
        }
        assertThat(answer.status()).as(answer.body()).isEqualTo(503);
        assertThat(answer.retryAfter()).isNotNull();
        assertThat(answer.classification()).isEqualTo("TIMEOUT");
        assertThat(answer.json().at("/errors/0/message").asString()).contains("upsertCustomer C1 was not written (rolled back)");

        // The mutation ran on when the database answered again, and rolled back at its commit: the trail says so.
        Awaitility.await().atMost(2, TimeUnit.MINUTES).until(() -> auditOutcomes("C1").contains("FAILED"));
        assertThat(name("C1")).isEqualTo("Globex");
        assertThat(auditOutcomes("C1")).doesNotContain("SUCCEEDED");
    }

    @Test
    void aCommitWhoseAnswerWasLostIsAnUnknownOutcomeAndSendingItAgainIsSafe() {
        proxy.holdRepliesAfterNextCommit();
        Http.Answer answer;
        try {
            answer = Http.graphql(base, upsertCustomer("C2", "Answer lost"), "Authorization", admin);
            assertThat(proxy.commitPassed()).as("the commit reached the database").isTrue();
        } finally {
            proxy.resume();
        }
        assertThat(answer.status()).as(answer.body()).isEqualTo(503);
        assertThat(answer.retryAfter()).isNotNull();
        assertThat(answer.classification()).isEqualTo("OUTCOME_UNKNOWN");
        assertThat(answer.json().at("/errors/0/extensions/ids/0").asString()).isEqualTo("C2");
        assertThat(answer.json().at("/errors/0/extensions/safeToRetry").asBoolean()).isTrue();
        assertThat(answer.json().at("/errors/0/message").asString()).contains("may or may not be written")
                .contains("safe to send the same mutation again");

        Awaitility.await().atMost(2, TimeUnit.MINUTES).until(() -> "Answer lost".equals(name("C2")));
        // Sent again as a client does after Retry-After, for as long as it is answered 503 (the relay held every
        // answer, the readiness check's too, so the service may still count the database as unreachable for a
        // second, and a connection the relay held may time a first retry out): every 503 is safe to retry.
        Http.Answer[] again = new Http.Answer[1];
        Awaitility.await().atMost(2, TimeUnit.MINUTES).until(() -> {
            again[0] = Http.graphql(base, upsertCustomer("C2", "Answer lost"), "Authorization", admin);
            return again[0].status() != 503;
        });
        assertThat(again[0].status()).as(again[0].body()).isEqualTo(200);
        assertThat(again[0].json().at("/data/upsertCustomer/customer/name").asString()).isEqualTo("Answer lost");
        assertThat(again[0].json().at("/data/upsertCustomer/errors").size()).isZero();
        assertThat(count("C2")).as("the retry changed nothing").isEqualTo(1);
    }

    @Test
    void whileTheDatabaseIsDownRequestsAre503UnavailableReadinessIsDownAndTheLogSaysItOnce(CapturedOutput output) {
        String query = "{ partners(first: 1) { totalCount } }";
        // A fault of an earlier test may still be being noticed as over: start from a reachable database.
        Awaitility.await().atMost(1, TimeUnit.MINUTES).until(() -> Http.get(base + "/readyz").status() == 200
                && output.getOut().split("The database cannot be reached").length == output.getOut()
                        .split("The database is reachable again").length);
        int from = output.getOut().length();
        assertThat(Http.graphql(base, query, "Authorization", admin).status()).isEqualTo(200);
        proxy.down();
        try {
            for (int i = 0; i < 5; i++) {
                Http.Answer answer = Http.graphql(base, query, "Authorization", admin);
                assertThat(answer.status()).as(answer.body()).isEqualTo(503);
                assertThat(answer.classification()).isEqualTo("UNAVAILABLE");
                assertThat(answer.retryAfter()).isEqualTo("5");
                assertThat(answer.body()).contains("The database is unavailable").doesNotContain("Neo4j", "localhost", "Exception");
            }
            Awaitility.await().atMost(1, TimeUnit.MINUTES).until(() -> Http.get(base + "/readyz").status() == 503);
            assertThat(Http.get(base + "/actuator/health/readiness").body()).contains("unreachableSince");
        } finally {
            proxy.up();
        }
        Awaitility.await().atMost(1, TimeUnit.MINUTES).until(() -> Http.graphql(base, query, "Authorization", admin).status() == 200);
        assertThat(Http.get(base + "/readyz").status()).isEqualTo(200);
        assertThat(Http.graphql(base, query, "Authorization", admin).json().at("/data/partners/totalCount").asInt()).isEqualTo(6);

        Awaitility.await().atMost(1, TimeUnit.MINUTES)
                .until(() -> output.getOut().substring(from).contains("The database is reachable again after"));
        String log = output.getOut().substring(from);
        assertThat(count(log, "The database cannot be reached")).as("one line when the outage starts").isEqualTo(1);
        assertThat(count(log, "The database is reachable again")).as("one when it ends").isEqualTo(1);
        assertThat(log).doesNotContain("Internal error");
    }

    private static String upsertCustomer(String id, String name) {
        return "mutation { upsertCustomer(input: {id: \"" + id + "\", name: \"" + name
                + "\"}) { customer { id name } errors { field message } } }";
    }

    private static String auditOutcomes(String id) {
        Http.Answer answer = Http.graphql(base,
                "{ auditEvents(filter: {nodeId: \"" + id + "\"}, first: 50) { edges { node { outcome summary } } } }",
                "Authorization", admin);
        return answer.status() == 200 ? answer.json().at("/data/auditEvents").toString() : "";
    }

    private static String name(String id) {
        try (var session = direct.session()) {
            var value = session.run(CypherStatements.fixture("customer-name"), Map.of("id", id)).single().get("name");
            return value.isNull() ? null : value.asString();
        }
    }

    private static long count(String id) {
        try (var session = direct.session()) {
            return session.run(CypherStatements.fixture("count-customer"), Map.of("id", id)).single().get(0).asLong();
        }
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
