package com.ecosystemgraph.instances;

import static org.assertj.core.api.Assertions.assertThat;

import com.ecosystemgraph.EcosystemGraphApplication;
import com.ecosystemgraph.cypher.CypherStatements;
import com.ecosystemgraph.importing.EcosystemImporter;
import com.ecosystemgraph.importing.ImportService;
import com.ecosystemgraph.readiness.AnalyticsWarmUp;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Record;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.neo4j.Neo4jContainer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole service on a Neo4j server with the Graph Data Science plugin, as deploy/compose.yaml
 * runs it, where Docker runs (skipped elsewhere): it migrates the server, imports the small
 * ecosystem, and every analysis (each warm-up document, GDS ones included) answers without error.
 */
@Testcontainers(disabledWithoutDocker = true)
class ServiceOnNeo4jServerIT {

    private static final String PASSWORD = "test-password";
    private static final String VIEWER = "viewer-on-a-server";

    @Container
    static final Neo4jContainer NEO4J = new Neo4jContainer("neo4j:2026.01").withAdminPassword(PASSWORD)
            .withPlugins("graph-data-science")
            .withNeo4jConfig("dbms.security.procedures.unrestricted", "gds.*");

    private final JsonMapper json = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void importsAndAnswersEveryAnalysisOnAServerWithGds() throws Exception {
        try (var context = new SpringApplicationBuilder(EcosystemGraphApplication.class).run("--server.port=0",
                "--ecosystem.neo4j.uri=" + NEO4J.getBoltUrl(), "--ecosystem.neo4j.password=" + PASSWORD,
                "--ecosystem.demo.enabled=false", "--ecosystem.scoring.train-on-start=false",
                "--ecosystem.security.viewer-password=" + VIEWER, "--ecosystem.security.recruiter-password=recruiter-on-a-server",
                "--ecosystem.security.admin-password=admin-on-a-server")) {
            Path fixture = Path.of(ServiceOnNeo4jServerIT.class.getResource("/ecosystem/small").toURI());
            assertThat(context.getBean(ImportService.class).importFolder(fixture, null, EcosystemImporter.Progress.NONE).succeeded())
                    .isTrue();
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();

            Map<String, Object> ids = new HashMap<>();
            try (Driver direct = GraphDatabase.driver(NEO4J.getBoltUrl(), AuthTokens.basic("neo4j", PASSWORD));
                    var session = direct.session()) {
                Record sample = session.run(CypherStatements.query("warm-up/sample-ids")).single();
                ids.put("partnerId", sample.get("partnerId").asString());
                ids.put("prospectId", sample.get("prospectId").asString());
            }
            for (AnalyticsWarmUp.Document document : AnalyticsWarmUp.documents()) {
                Map<String, Object> variables = new HashMap<>();
                document.variables().forEach(v -> variables.put(v, ids.get(v)));
                JsonNode answer = graphQl(port, document.text(), variables);
                assertThat(answer.has("errors")).as(document.name() + ": " + answer).isFalse();
            }
            JsonNode kpis = graphQl(port, "{ ecosystemKpis { totalWonAmount activePartners } }", Map.of());
            assertThat(kpis.at("/data/ecosystemKpis/totalWonAmount").asDouble()).isEqualTo(270_000.0);
            JsonNode structure = graphQl(port, "{ referralStructure { nodes referrals } }", Map.of());
            assertThat(structure.at("/data/referralStructure/nodes").asInt()).as("GDS projected the referral network").isPositive();
        }
    }

    private JsonNode graphQl(int port, String document, Map<String, Object> variables) throws Exception {
        String auth = Base64.getEncoder().encodeToString(("viewer:" + VIEWER).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
                .header("Content-Type", "application/json").header("Authorization", "Basic " + auth)
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(Map.of("query", document, "variables", variables))))
                .timeout(Duration.ofMinutes(2)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }
}
