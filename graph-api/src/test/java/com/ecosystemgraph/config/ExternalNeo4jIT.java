package com.ecosystemgraph.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ecosystemgraph.EcosystemGraphApplication;
import com.ecosystemgraph.embedded.EmbeddedNeo4j;
import com.ecosystemgraph.importing.EcosystemImporter;
import com.ecosystemgraph.importing.ImportService;
import com.ecosystemgraph.support.TestNeo4j;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** With NEO4J_URI the service uses that database and starts nothing embedded. */
class ExternalNeo4jIT {

    @TempDir
    Path temp;

    @Test
    void theServiceUsesTheDatabaseNamedByTheUriAndStartsNoEmbeddedOne() throws Exception {
        Path unusedDataDir = temp.resolve("must-stay-unused");
        // A neo4j:// URI makes the driver ask the server for a routing table (as with a cluster or
        // Aura); the server advertises its listen port, so it gets a fixed free one here.
        int port = freePort();
        try (EmbeddedNeo4j server = EmbeddedNeo4j.start(new EmbeddedNeo4j.Settings(temp.resolve("separate-server"), "localhost",
                port, 64L * 1024 * 1024, java.time.Duration.ofSeconds(60)));
                var context = new SpringApplicationBuilder(EcosystemGraphApplication.class)
                        .web(WebApplicationType.NONE)
                        .run("--ecosystem.neo4j.uri=neo4j://localhost:" + port,
                                "--ecosystem.neo4j.password=" + server.peoplePassword(),
                                "--ecosystem.data-dir=" + unusedDataDir,
                                "--ecosystem.demo.enabled=false",
                                "--ecosystem.security.viewer-password=v-" + System.nanoTime(),
                                "--ecosystem.security.recruiter-password=r-" + System.nanoTime(),
                                "--ecosystem.security.admin-password=a-" + System.nanoTime())) {
            assertThat(context.getBeansOfType(EmbeddedNeo4j.class)).isEmpty();
            assertThat(Files.exists(unusedDataDir)).isFalse();

            Path fixture = Path.of(ExternalNeo4jIT.class.getResource("/ecosystem/small").toURI());
            var report = context.getBean(ImportService.class).importFolder(fixture, null, EcosystemImporter.Progress.NONE);
            assertThat(report.succeeded()).isTrue();

            try (Driver direct = GraphDatabase.driver(server.boltUri(), server.serviceAuth())) {
                long partners = direct.executableQuery("MATCH (p:Partner) RETURN count(p) AS n").execute()
                        .records().getFirst().get("n").asLong();
                long migrations = direct.executableQuery("MATCH (m:__Migration) RETURN count(m) AS n").execute()
                        .records().getFirst().get("n").asLong();
                assertThat(partners).isEqualTo(6);
                assertThat(migrations).isPositive();
            }
        }
    }

    private static int freePort() throws java.io.IOException {
        try (var socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getByName("localhost"))) {
            return socket.getLocalPort();
        }
    }

    @Test
    void anExternalDatabaseWithDemoPasswordsIsRefusedWithOneLine() {
        try (EmbeddedNeo4j server = TestNeo4j.start(temp.resolve("separate-server"))) {
            var application = new SpringApplicationBuilder(EcosystemGraphApplication.class);
            assertThatThrownBy(() -> application.run("--server.port=0", "--ecosystem.neo4j.uri=" + server.boltUri(),
                    "--ecosystem.neo4j.password=" + server.peoplePassword(),
                    "--ecosystem.demo.enabled=false", "--ecosystem.security.viewer-password=changed-viewer"))
                    .rootCause()
                    .isInstanceOf(InsecureConfigurationException.class)
                    .hasMessage("NEO4J_URI is set but ECOSYSTEM_RECRUITER_PASSWORD, ECOSYSTEM_ADMIN_PASSWORD still have their "
                            + "documented demo value: set them before connecting to a real database");
        }
    }
}
