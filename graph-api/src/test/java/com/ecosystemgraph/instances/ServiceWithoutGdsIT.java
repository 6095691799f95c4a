package com.ecosystemgraph.instances;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ecosystemgraph.EcosystemGraphApplication;
import com.ecosystemgraph.cypher.MigrationRunner;
import com.ecosystemgraph.demodata.DemoEcosystemGenerator;
import com.ecosystemgraph.demodata.DemoOptions;
import com.ecosystemgraph.embedded.EmbeddedNeo4j;
import com.ecosystemgraph.importing.EcosystemImporter;
import com.ecosystemgraph.scoring.ScoringService;
import com.ecosystemgraph.scoring.features.FeatureQuery;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * The service on an external Neo4j server without the Graph Data Science plugin (an embedded database
 * started without GDS plays it). Seen from outside (the bench's external Neo4j): the referral structure
 * failed inside Neo4j ("Unknown function 'gds.graph.project'") and was answered as an internal error with a
 * stack trace in the log, and training could only fail the same way. Now the service starts, says so, refuses
 * what needs GDS with the reason, and answers everything else.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class ServiceWithoutGdsIT {

    private static final String VIEWER = "viewer-no-gds";

    private EmbeddedNeo4j server;
    private Driver direct;
    private ConfigurableApplicationContext service;
    private int port;

    private CapturedOutput log;

    @BeforeAll
    void startAServerWithoutGdsAndTheService(CapturedOutput output) throws Exception {
        log = output;
        Path home = Files.createTempDirectory("service-without-gds");
        int bolt = InstanceClient.freePort();
        server = EmbeddedNeo4j.start(new EmbeddedNeo4j.Settings(home.resolve("server"), "localhost", bolt, 64L * 1024 * 1024,
                Duration.ofSeconds(120)), false);
        direct = GraphDatabase.driver(server.boltUri(), server.serviceAuth());
        new MigrationRunner(direct, null).migrate();
        Path data = home.resolve("demo");
        new DemoEcosystemGenerator().generate(DemoOptions.defaults().withSeed(7).withScale(0.2), data);
        assertThat(new EcosystemImporter(direct, null).importFolder(data, EcosystemImporter.Options.defaults(),
                EcosystemImporter.Progress.NONE).succeeded()).isTrue();
        service = new SpringApplicationBuilder(EcosystemGraphApplication.class).run(
                "--server.port=0", "--ecosystem.neo4j.uri=neo4j://localhost:" + bolt,
                "--ecosystem.neo4j.username=" + EmbeddedNeo4j.SERVICE_USER,
                "--ecosystem.neo4j.password=" + server.servicePassword(), "--ecosystem.demo.enabled=false",
                "--ecosystem.data-dir=" + home.resolve("data"), "--ecosystem.scoring.train-on-start=true",
                "--ecosystem.security.viewer-password=" + VIEWER, "--ecosystem.security.recruiter-password=recruiter-no-gds",
                "--ecosystem.security.admin-password=admin-no-gds");
        port = ((WebServerApplicationContext) service).getWebServer().getPort();
        // The training at start runs in the background; its end is what the model's status reports.
        assertThat(service.getBean(ScoringService.class).awaitStarted(Duration.ofMinutes(2))).isTrue();
    }

    @AfterAll
    void stopEverything() {
        if (service != null) {
            service.close();
        }
        if (direct != null) {
            direct.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void theReferralStructureIsRefusedWithTheReasonAndTheRestAnswers() throws Exception {
        JsonNode refused = InstanceClient.graphQl(port, "viewer", VIEWER, "{ referralStructure { nodes referrals } }", Map.of());
        JsonNode error = refused.path("errors").path(0);
        assertThat(error.path("extensions").path("classification").asString()).as(refused.toString()).isEqualTo("ANALYSIS_UNAVAILABLE");
        assertThat(error.path("message").asString()).contains("Graph Data Science plugin", "database server does not have")
                .doesNotContain("Internal error", "gds.graph.project", "Unknown function");
        assertThat(error.path("path").path(0).asString()).isEqualTo("referralStructure");

        JsonNode answered = InstanceClient.graphQl(port, "viewer", VIEWER,
                "{ partners(first: 3) { totalCount } referralNetwork { referrers } }", Map.of());
        assertThat(answered.path("errors").isMissingNode()).as(answered.toString()).isTrue();
        assertThat(answered.path("data").path("partners").path("totalCount").asInt()).isPositive();
    }

    /**
     * Seen from outside: the training at start failed on the missing plugin, and the score fields answered only
     * "The model could not be trained; quote id ...", the reason left in the log with a stack trace.
     */
    @Test
    void theModelIsUnavailableWithTheReasonTheTrainingFailed() throws Exception {
        JsonNode answer = InstanceClient.graphQl(port, "viewer", VIEWER,
                "{ modelStatus { state message } partners(first: 1) { edges { node { id potential { score } } } } }", Map.of());
        JsonNode status = answer.path("data").path("modelStatus");
        assertThat(status.path("state").asString()).as(answer.toString()).isEqualTo("UNAVAILABLE");
        assertThat(status.path("message").asString()).isEqualTo(FeatureQuery.NO_GDS);
        JsonNode error = answer.path("errors").path(0);
        assertThat(error.path("extensions").path("classification").asString()).as(answer.toString()).isEqualTo("MODEL_UNAVAILABLE");
        assertThat(error.path("message").asString()).contains("Graph Data Science plugin").doesNotContain("quote id", "gds.");
        assertThat(answer.path("data").path("partners").path("edges").path(0).path("node").path("id").asString()).isNotBlank();
        // The log says it once, as a warning: no internal error with a stack trace, no projection to drop.
        assertThat(log.getAll()).contains("WARN").contains(FeatureQuery.NO_GDS)
                .doesNotContain("The model could not be trained", "Could not drop the referral projection",
                        "NetworkFeaturesUnavailableException");
    }

    @Test
    void theModelsFeaturesSayWhatTheyNeed() {
        assertThatThrownBy(() -> new FeatureQuery(direct, null).all()).isInstanceOf(IllegalStateException.class)
                .hasMessage(FeatureQuery.NO_GDS);
    }
}
