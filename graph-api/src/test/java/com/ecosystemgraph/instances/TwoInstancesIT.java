package com.ecosystemgraph.instances;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.ecosystemgraph.EcosystemGraphApplication;
import com.ecosystemgraph.cypher.CypherStatements;
import com.ecosystemgraph.embedded.EmbeddedNeo4j;
import com.ecosystemgraph.importing.EcosystemImporter;
import com.ecosystemgraph.importing.ImportService;
import com.ecosystemgraph.jobs.Job;
import com.ecosystemgraph.jobs.JobLeases;
import com.ecosystemgraph.readiness.AnalyticsWarmUp;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
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
import org.neo4j.driver.Transaction;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Two service instances on one Neo4j server, as behind a load balancer: a Neo4j server runs
 * in-process on its own Bolt port, instance A runs in its own JVM (so it can be killed), instance B
 * in this one; both reach the server through {@code NEO4J_URI}. Both start at once on the same
 * empty database (the migrations and the warm-up race there for real). They sign in as the server's
 * service user, as a deployment's instances share one account: the embedded server counts writes by
 * any other user as made around the service and marks every rollup stale in them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoInstancesIT {

    private static final String VIEWER = "viewer-two-instances";
    private static final String ADMIN = "admin-two-instances";
    /** Short leases: a killed instance's job is taken over after this. */
    private static final String LEASE_TTL = "3s";

    private Path home;
    private EmbeddedNeo4j server;
    private Driver direct;
    private Process instanceA;
    private int portA;
    private ConfigurableApplicationContext instanceB;
    private int portB;

    @BeforeAll
    void startTheServerAndTwoInstances() throws Exception {
        home = Files.createTempDirectory("two-instances");
        int bolt = freePort();
        server = EmbeddedNeo4j.start(new EmbeddedNeo4j.Settings(home.resolve("server"), "localhost", bolt, 128L * 1024 * 1024,
                Duration.ofSeconds(120)));
        String uri = "neo4j://localhost:" + bolt;
        direct = GraphDatabase.driver(server.boltUri(), server.serviceAuth());

        portA = freePort();
        CompletableFuture<Void> aReady = startInstanceA(uri);
        instanceB = new SpringApplicationBuilder(EcosystemGraphApplication.class)
                .run(settings(uri, server.servicePassword(), "instance-b", 0).toArray(String[]::new));
        portB = ((WebServerApplicationContext) instanceB).getWebServer().getPort();
        aReady.get(5, TimeUnit.MINUTES);

        Path fixture = Path.of(TwoInstancesIT.class.getResource("/ecosystem/small").toURI());
        assertThat(instanceB.getBean(ImportService.class).importFolder(fixture, null, EcosystemImporter.Progress.NONE).succeeded())
                .isTrue();
    }

    private static List<String> settings(String uri, String password, String name, int port) {
        return List.of("--server.port=" + port, "--ecosystem.neo4j.uri=" + uri, "--ecosystem.neo4j.username=" + EmbeddedNeo4j.SERVICE_USER,
                "--ecosystem.neo4j.password=" + password, "--ecosystem.demo.enabled=false",
                "--ecosystem.scoring.train-on-start=false", "--ecosystem.jobs.instance-name=" + name,
                "--ecosystem.jobs.lease-ttl=" + LEASE_TTL, "--ecosystem.security.viewer-password=" + VIEWER,
                "--ecosystem.security.recruiter-password=recruiter-two-instances", "--ecosystem.security.admin-password=" + ADMIN);
    }

    /** Instance A in a JVM of its own; ready when it logs the ready line (its output goes to target/instance-a.log). */
    private CompletableFuture<Void> startInstanceA(String uri) throws IOException {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-Xmx768m", "-XX:TieredStopAtLevel=1", "--enable-native-access=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"), EcosystemGraphApplication.class.getName()));
        command.addAll(settings(uri, server.servicePassword(), "instance-a", portA));
        instanceA = new ProcessBuilder(command).redirectErrorStream(true).start();
        CompletableFuture<Void> ready = new CompletableFuture<>();
        Path log = Path.of("target", "instance-a.log");
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(instanceA.getInputStream(), StandardCharsets.UTF_8));
                    PrintWriter out = new PrintWriter(Files.newBufferedWriter(log, StandardCharsets.UTF_8), true)) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    out.println(line);
                    if (line.contains("Ecosystem Graph is ready at http://localhost:" + portA + "/")) {
                        ready.complete(null);
                    }
                }
                ready.completeExceptionally(new IllegalStateException("Instance A stopped before it was ready; see " + log));
            } catch (IOException e) {
                ready.completeExceptionally(e);
            }
        }, "instance-a-output");
        reader.setDaemon(true);
        reader.start();
        return ready;
    }

    @AfterAll
    void stopEverything() {
        if (instanceA != null) {
            instanceA.destroyForcibly();
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
    void everyAnalysisAnswersTheSameOnBothInstances() throws Exception {
        Map<String, Object> ids = new HashMap<>();
        try (Session session = direct.session()) {
            Record r = session.run(CypherStatements.query("warm-up/sample-ids")).single();
            ids.put("partnerId", r.get("partnerId").asString());
            ids.put("prospectId", r.get("prospectId").asString());
        }
        List<AnalyticsWarmUp.Document> documents = AnalyticsWarmUp.documents();
        assertThat(documents).hasSizeGreaterThanOrEqualTo(14);
        for (AnalyticsWarmUp.Document document : documents) {
            Map<String, Object> variables = new HashMap<>();
            document.variables().forEach(v -> variables.put(v, ids.get(v)));
            JsonNode onA = graphQl(portA, VIEWER, "viewer", document.text(), variables);
            JsonNode onB = graphQl(portB, VIEWER, "viewer", document.text(), variables);
            assertThat(onA.has("errors")).as(document.name() + " on A: " + onA).isFalse();
            assertThat(onB).as(document.name()).isEqualTo(onA);
        }
    }

    @Test
    @Order(2)
    void aChangeMadeThroughOneInstanceIsWhatTheOtherAnswers() throws Exception {
        Map<String, Object> input = Map.of("id", "P77", "name", "Written Through A", "type", "TECHNOLOGY", "employees", 80,
                "signedOn", "2025-02-01");
        JsonNode written = graphQl(portA, ADMIN, "admin", testDocument("upsertPartner"), Map.of("input", input));
        assertThat(written.at("/data/upsertPartner/errors").size()).as(written.toString()).isZero();

        JsonNode readOnB = graphQl(portB, VIEWER, "viewer", testDocument("partner"), Map.of("id", "P77"));
        assertThat(readOnB.at("/data/partner/name").asString()).isEqualTo("Written Through A");
        assertThat(readOnB.at("/data/partner/employees").asInt()).isEqualTo(80);
    }

    @Test
    @Order(3)
    void onlyOneInstanceRebuildsTheRollupsAndTheOtherWaitsForIt() throws Exception {
        markAllRollupsStale();
        JsonNode onA;
        JsonNode onB;
        try (Session session = direct.session(); Transaction holding = session.beginTransaction()) {
            holding.run(testCypher("hold-a-deal-month")).consume();
            CompletableFuture<JsonNode> askA = kpisAsync(portA);
            await().atMost(Duration.ofMinutes(2)).until(() -> "instance-a".equals(rollupsLease().get("owner").asString(null)));
            CompletableFuture<JsonNode> askB = kpisAsync(portB);
            JobLeases leasesOfB = instanceB.getBean(JobLeases.class);
            await().atMost(Duration.ofMinutes(2)).until(() -> leasesOfB.waiting(Job.ROLLUPS) == 1);
            assertThat(rollupsLease().get("owner").asString()).as("B waits; it does not take the job").isEqualTo("instance-a");
            holding.rollback();
            onA = askA.get(2, TimeUnit.MINUTES);
            onB = askB.get(2, TimeUnit.MINUTES);
        }
        assertThat(onA.has("errors")).as(onA.toString()).isFalse();
        assertThat(onB).isEqualTo(onA);
        Record lease = rollupsLease();
        assertThat(lease.get("running").asBoolean()).isFalse();
        assertThat(lease.get("lastOwner").asString()).as("the last (and only) run after the change").isEqualTo("instance-a");
        kpisBeforeTheKill = onA;
    }

    private JsonNode kpisBeforeTheKill;

    @Test
    @Order(4)
    void whenTheInstanceRunningTheRebuildIsKilledTheOtherTakesItOver() throws Exception {
        markAllRollupsStale();
        try (Session session = direct.session(); Transaction holding = session.beginTransaction()) {
            holding.run(testCypher("hold-a-deal-month")).consume();
            kpisAsync(portA);
            await().atMost(Duration.ofMinutes(2)).until(() -> "instance-a".equals(rollupsLease().get("owner").asString(null)));
            instanceA.destroyForcibly();
            assertThat(instanceA.waitFor(1, TimeUnit.MINUTES)).isTrue();
            holding.rollback();
        }
        assertThat(rollupsLease().get("owner").asString()).as("the dead instance's lease is still there").isEqualTo("instance-a");

        JsonNode onB = graphQl(portB, VIEWER, "viewer", KPIS, Map.of());
        assertThat(onB.has("errors")).as(onB.toString()).isFalse();
        assertThat(onB).isEqualTo(kpisBeforeTheKill);
        Record lease = rollupsLease();
        assertThat(lease.get("lastOwner").asString()).isEqualTo("instance-b");
        assertThat(lease.get("lastTookOverFrom").asString()).isEqualTo("instance-a");
    }

    private static final String KPIS = "{ ecosystemKpis { totalWonAmount partnerSourcedShare activePartners "
            + "bySource { source won lost wonAmount medianDaysToClose } timeToFirstDeal { partners medianDays } } }";

    private CompletableFuture<JsonNode> kpisAsync(int port) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return graphQl(port, VIEWER, "viewer", KPIS, Map.of());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private void markAllRollupsStale() {
        try (Session session = direct.session()) {
            session.run(CypherStatements.query("rollup/mark-all-stale")).consume();
        }
    }

    private Record rollupsLease() {
        try (Session session = direct.session()) {
            return session.run(testCypher("rollups-lease")).single();
        }
    }

    private JsonNode graphQl(int port, String password, String user, String document, Map<String, Object> variables) throws Exception {
        return InstanceClient.graphQl(port, user, password, document, variables);
    }

    private static String testDocument(String name) {
        return resource("/graphql-test/" + name + ".graphql");
    }

    private static String testCypher(String name) {
        return CypherStatements.fixture("instances/" + name);
    }

    private static String resource(String path) {
        return InstanceClient.resource(path);
    }

    private static int freePort() throws IOException {
        return InstanceClient.freePort();
    }
}
