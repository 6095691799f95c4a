package com.ecosystemgraph.instances;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.ecosystemgraph.EcosystemGraphApplication;
import com.ecosystemgraph.cypher.CypherStatements;
import com.ecosystemgraph.cypher.MigrationRunner;
import com.ecosystemgraph.demodata.DemoEcosystemGenerator;
import com.ecosystemgraph.demodata.DemoOptions;
import com.ecosystemgraph.embedded.EmbeddedNeo4j;
import com.ecosystemgraph.importing.EcosystemImporter;
import com.ecosystemgraph.scoring.ScoringService;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * The model store shared by two service instances on one Neo4j server (issue 17.1, 17.6): both
 * start with training at start on, on a graph with no model; one trains, both serve that version
 * and the same stored scores; a change made through one is rescored once and the other serves the
 * new score; a retraining asked on one and a rollback (serveModel) on the other are served by
 * both; a stored version edited around the service is refused by both while the previous version
 * keeps serving. Both instances run in this JVM (a killed instance's lease is TwoInstancesIT's).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ModelsOnTwoInstancesIT {

    private static final String VIEWER = "viewer-models";
    private static final String ADMIN = "admin-models";
    private static final Duration WAIT = Duration.ofMinutes(5);

    private EmbeddedNeo4j server;
    private Driver direct;
    private ConfigurableApplicationContext instanceA;
    private ConfigurableApplicationContext instanceB;
    private int portA;
    private int portB;
    private Path home;
    private String uri;
    private String firstVersion;

    @BeforeAll
    void startTheServerWithDataAndTwoInstances() throws Exception {
        home = Files.createTempDirectory("models-two-instances");
        int bolt = InstanceClient.freePort();
        server = EmbeddedNeo4j.start(new EmbeddedNeo4j.Settings(home.resolve("server"), "localhost", bolt, 128L * 1024 * 1024,
                Duration.ofSeconds(120)));
        direct = GraphDatabase.driver(server.boltUri(), server.serviceAuth());
        uri = "neo4j://localhost:" + bolt;
        new MigrationRunner(direct, null).migrate();
        Path data = home.resolve("demo");
        new DemoEcosystemGenerator().generate(DemoOptions.defaults().withSeed(7).withScale(0.5), data);
        assertThat(new EcosystemImporter(direct, null).importFolder(data, EcosystemImporter.Options.defaults(),
                EcosystemImporter.Progress.NONE).succeeded()).isTrue();
        // Both start on a graph with data and no model: each would train at start if models were its own.
        instanceA = start(uri, "instance-a", home.resolve("data-a"));
        portA = port(instanceA);
        instanceB = start(uri, "instance-b", home.resolve("data-b"));
        portB = port(instanceB);
    }

    private ConfigurableApplicationContext start(String uri, String name, Path dataDir) {
        // Training at start is on everywhere: it must not train while another instance does, nor when a version is stored.
        return new SpringApplicationBuilder(EcosystemGraphApplication.class).run(
                "--server.port=0", "--ecosystem.neo4j.uri=" + uri, "--ecosystem.neo4j.username=" + EmbeddedNeo4j.SERVICE_USER,
                "--ecosystem.neo4j.password=" + server.servicePassword(), "--ecosystem.demo.enabled=false",
                "--ecosystem.data-dir=" + dataDir, "--ecosystem.scoring.train-on-start=true",
                "--ecosystem.scoring.poll-interval=200ms", "--ecosystem.jobs.instance-name=" + name, "--ecosystem.jobs.lease-ttl=3s",
                "--ecosystem.security.viewer-password=" + VIEWER, "--ecosystem.security.recruiter-password=recruiter-models",
                "--ecosystem.security.admin-password=" + ADMIN);
    }

    @AfterAll
    void stopEverything() {
        if (instanceA != null) {
            instanceA.close();
        }
        if (instanceB != null) {
            instanceB.close();
        }
        if (direct != null) {
            direct.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    @Order(1)
    void onlyOneInstanceTrainsAndBothServeItsVersionAndScores() throws Exception {
        await().atMost(WAIT).until(() -> "READY".equals(status(portA).path("state").asString())
                && "READY".equals(status(portB).path("state").asString()));
        JsonNode a = status(portA);
        JsonNode b = status(portB);
        firstVersion = a.path("version").asString();
        assertThat(b.path("version").asString()).isEqualTo(firstVersion);
        assertThat(b.path("checksum").asString()).isEqualTo(a.path("checksum").asString()).hasSize(64);
        assertThat(a.path("instance").asString()).isEqualTo("instance-a");
        assertThat(b.path("instance").asString()).isEqualTo("instance-b");

        Record state = scoringState();
        assertThat(state.get("versions").asLong()).as("one model trained for both").isEqualTo(1);
        assertThat(state.get("trainedBy").asString()).isIn("instance-a", "instance-b");
        assertThat(a.path("training").path("lastOwner").asString()).isEqualTo(state.get("trainedBy").asString());
        JsonNode versions = graphQl(portB, "viewer", VIEWER, "{ modelVersions { version source serving storedBy } }", Map.of())
                .at("/data/modelVersions");
        assertThat(versions.size()).isEqualTo(1);
        assertThat(versions.get(0).path("version").asString()).isEqualTo(firstVersion);
        assertThat(versions.get(0).path("source").asString()).isEqualTo("trained");
        assertThat(versions.get(0).path("serving").asBoolean()).isTrue();

        String prospect = aProspect();
        assertThat(potential(portB, prospect)).isEqualTo(potential(portA, prospect));
        assertThat(potential(portA, prospect).path("modelVersion").asString()).isEqualTo(firstVersion);
    }

    @Test
    @Order(2)
    void aChangeThroughOneInstanceIsRescoredOnceAndServedByBoth() throws Exception {
        String prospect = aProspect();
        idle();
        long runsBefore = scoringState().get("rescoreRuns").asLong();
        JsonNode before = potential(portB, prospect);

        Map<String, Object> input = Map.of("id", prospect, "name", "Grown Prospect", "type", "TECHNOLOGY", "employees", 40_000);
        JsonNode written = graphQl(portA, "admin", ADMIN, resource("/graphql-test/upsertPartner.graphql"), Map.of("input", input));
        assertThat(written.at("/data/upsertPartner/errors").size()).as(written.toString()).isZero();

        await().atMost(WAIT).until(() -> scoringState().get("rescoreRuns").asLong() > runsBefore);
        idle();
        Record state = scoringState();
        assertThat(state.get("rescoreRuns").asLong()).as("rescored once, for both").isEqualTo(runsBefore + 1);
        assertThat(state.get("rescoredBy").asString()).isEqualTo("instance-a");
        await().atMost(WAIT).until(() -> potential(portB, prospect).equals(potential(portA, prospect)));
        assertThat(potential(portB, prospect).path("probability").asDouble())
                .as("the new employee count moves the score").isNotEqualTo(before.path("probability").asDouble());
    }

    @Test
    @Order(3)
    void aRetrainingOnOneAndARollbackOnTheOtherAreServedByBoth() throws Exception {
        JsonNode asked = graphQl(portB, "admin", ADMIN, "mutation { retrainModel(input: {seed: 11}) { status { state } } }", Map.of());
        assertThat(asked.has("errors")).as(asked.toString()).isFalse();
        await().atMost(WAIT).until(() -> !"RUNNING".equals(retrainStatus(portA).path("state").asString()));
        JsonNode retrain = retrainStatus(portA);
        assertThat(retrain.path("state").asString()).as(retrain.toString()).isIn("REPLACED", "KEPT");
        assertThat(retrain.path("instance").asString()).isEqualTo("instance-b");
        assertThat(retrainStatus(portB)).isEqualTo(retrain);
        String retrained = retrain.path("newVersion").asString();
        assertThat(retrained).isNotEqualTo(firstVersion);
        String servedNow = "REPLACED".equals(retrain.path("state").asString()) ? retrained : firstVersion;
        awaitBothServe(servedNow);

        // Roll out (or back to) the other version through A: B follows, and the stored scores carry it.
        String other = servedNow.equals(firstVersion) ? retrained : firstVersion;
        JsonNode served = graphQl(portA, "admin", ADMIN, "mutation($v: String!) { serveModel(version: $v) { version status { version } } }",
                Map.of("v", other));
        assertThat(served.has("errors")).as(served.toString()).isFalse();
        assertThat(served.at("/data/serveModel/status/version").asString()).isEqualTo(other);
        awaitBothServe(other);
        String prospect = aProspect();
        await().atMost(WAIT).until(() -> other.equals(potential(portB, prospect).path("modelVersion").asString())
                && potential(portA, prospect).equals(potential(portB, prospect)));

        // And back, through B.
        JsonNode back = graphQl(portB, "admin", ADMIN, "mutation($v: String!) { serveModel(version: $v) { version } }",
                Map.of("v", servedNow));
        assertThat(back.has("errors")).as(back.toString()).isFalse();
        awaitBothServe(servedNow);
        await().atMost(WAIT).until(() -> servedNow.equals(potential(portA, prospect).path("modelVersion").asString())
                && potential(portA, prospect).equals(potential(portB, prospect)));
        serving = servedNow;
    }

    /** The version both instances serve after the rollback test. */
    private String serving;

    @Test
    @Order(4)
    void aStoredVersionEditedAroundTheServiceIsRefusedByBothAndThePreviousKeepsServing() throws Exception {
        String edited = graphQl(portA, "viewer", VIEWER, "{ modelVersions { version serving } }", Map.of()).at("/data/modelVersions")
                .valueStream().filter(v -> !v.path("serving").asBoolean()).findFirst().orElseThrow().path("version").asString();
        String prospect = aProspect();
        JsonNode scoreBefore = potential(portA, prospect);
        try (Session session = direct.session()) {
            byte[] card = session.run(CypherStatements.fixture("instances/model-card"), Map.of("version", edited)).single().get("card")
                    .asByteArray();
            String text = new String(card, StandardCharsets.UTF_8);
            // The edit of issue 20.2: the calibration intercept, which moves every score.
            String changed = text.replaceFirst("\"intercept\"\\s*:\\s*-?[0-9.eE+-]+", "\"intercept\" : 5.0");
            assertThat(changed).isNotEqualTo(text);
            session.run(CypherStatements.fixture("instances/edit-model-card"),
                    Map.of("version", edited, "card", changed.getBytes(StandardCharsets.UTF_8))).consume();
        }

        // Through the API: refused, nothing changes.
        JsonNode refused = graphQl(portA, "admin", ADMIN, "mutation($v: String!) { serveModel(version: $v) { version } }",
                Map.of("v", edited));
        assertThat(refused.at("/errors/0/extensions/classification").asString()).isEqualTo("BAD_REQUEST");
        assertThat(refused.at("/errors/0/message").asString()).contains(edited).contains("model-card.json").doesNotContain("Exception");
        assertThat(status(portA).path("version").asString()).isEqualTo(serving);

        // Around the service (a hand edit, a restored backup): both refuse it; the previous version keeps serving.
        try (Session session = direct.session()) {
            session.run(CypherStatements.fixture("instances/serve-around-the-service"), Map.of("version", edited)).consume();
        }
        for (int port : List.of(portA, portB)) {
            await().atMost(WAIT).until(() -> status(port).path("message").asString("").contains("refused"));
            JsonNode status = status(port);
            assertThat(status.path("state").asString()).isEqualTo("READY");
            assertThat(status.path("version").asString()).isEqualTo(serving);
            assertThat(status.path("message").asString()).contains(edited).contains("model-card.json").contains(serving + " keeps serving");
            assertThat(potential(port, prospect)).isEqualTo(scoreBefore);
        }
        JsonNode audit = graphQl(portA, "admin", ADMIN,
                "{ auditEvents(filter: {operations: [\"refuseModel\"]}) { edges { node { actor summary outcome } } } }", Map.of());
        assertThat(audit.at("/data/auditEvents/edges").valueStream().map(e -> e.path("node").path("actor").asString()))
                .contains("service:instance-a", "service:instance-b");
        assertThat(audit.at("/data/auditEvents/edges/0/node/outcome").asString()).isEqualTo("REFUSED");
    }

    @Test
    @Order(5)
    void anInstanceStartingOnARefusedServingVersionServesNoScoresAndSaysWhy() throws Exception {
        // Test 4 left the edited version serving in the store. A third instance, with nothing served before, refuses it.
        ConfigurableApplicationContext instanceC = start(uri, "instance-c", home.resolve("data-c"));
        try {
            int portC = port(instanceC);
            JsonNode status = status(portC);
            assertThat(status.path("state").asString()).isEqualTo("UNAVAILABLE");
            assertThat(status.path("version").isNull()).isTrue();
            assertThat(status.path("message").asString()).contains("was refused").contains("model-card.json");
            JsonNode potential = graphQl(portC, "viewer", VIEWER, "query($id: ID!) { partner(id: $id) { id potential { score } } }",
                    Map.of("id", aProspect()));
            assertThat(potential.at("/data/partner/potential").isNull()).isTrue();
            assertThat(potential.at("/errors/0/extensions/classification").asString()).isEqualTo("MODEL_UNAVAILABLE");
            assertThat(potential.at("/errors/0/message").asString()).contains("changed after training").doesNotContain("Exception");
            // The others keep serving the previous version.
            assertThat(status(portA).path("version").asString()).isEqualTo(serving);
        } finally {
            instanceC.close();
        }
    }

    private void awaitBothServe(String version) {
        await().atMost(WAIT).until(() -> version.equals(status(portA).path("version").asString())
                && version.equals(status(portB).path("version").asString()));
    }

    /** Waits until neither instance has training or rescoring queued or running. */
    private void idle() throws InterruptedException {
        assertThat(instanceA.getBean(ScoringService.class).awaitIdle(WAIT)).isTrue();
        assertThat(instanceB.getBean(ScoringService.class).awaitIdle(WAIT)).isTrue();
    }

    private String aProspect() throws Exception {
        JsonNode ranking = graphQl(portA, "admin", ADMIN, "{ prospectRanking(first: 1) { edges { node { id } } } }", Map.of());
        return ranking.at("/data/prospectRanking/edges/0/node/id").asString();
    }

    private JsonNode status(int port) throws Exception {
        return graphQl(port, "viewer", VIEWER, "{ modelStatus { state message version checksum instance training { owner lastOwner } } }",
                Map.of()).at("/data/modelStatus");
    }

    private JsonNode retrainStatus(int port) throws Exception {
        return graphQl(port, "viewer", VIEWER, "{ retrainStatus { state message newVersion instance tookOverFrom } }", Map.of())
                .at("/data/retrainStatus");
    }

    private JsonNode potential(int port, String id) throws Exception {
        return graphQl(port, "viewer", VIEWER,
                "query($id: ID!) { partner(id: $id) { potential { score probability modelVersion confidence } } }",
                Map.of("id", id)).at("/data/partner/potential");
    }

    private Record scoringState() {
        try (Session session = direct.session()) {
            return session.run(CypherStatements.fixture("instances/scoring-state")).single();
        }
    }

    private static JsonNode graphQl(int port, String user, String password, String document, Map<String, Object> variables)
            throws Exception {
        return InstanceClient.graphQl(port, user, password, document, variables);
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    private static String resource(String path) {
        return InstanceClient.resource(path);
    }
}
