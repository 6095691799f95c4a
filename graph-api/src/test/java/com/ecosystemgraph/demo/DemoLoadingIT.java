package com.ecosystemgraph.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.ecosystemgraph.EcosystemGraphApplication;
import com.ecosystemgraph.demodata.DemoOptions;
import com.ecosystemgraph.support.GraphSnapshot;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The demo ecosystem is loaded into an empty database at start, through the import, and never again. */
class DemoLoadingIT {

    @TempDir
    Path dataDir;

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(EcosystemGraphApplication.class).web(WebApplicationType.NONE)
                .run("--ecosystem.data-dir=" + dataDir, "--ecosystem.embedded.bolt-port=0", "--ecosystem.embedded.page-cache=64MB",
                        "--ecosystem.demo.enabled=true", "--ecosystem.demo.scale=0.1", "--ecosystem.demo.seed=7");
    }

    @Test
    void theFirstStartLoadsTheDemoAndARestartNeverLoadsItAgain() {
        GraphSnapshot first;
        try (var context = start()) {
            Driver driver = context.getBean(Driver.class);
            first = GraphSnapshot.of(driver);
            assertThat(first.nodeCount("Partner")).isEqualTo(DemoOptions.defaults().withScale(0.1).partnerCount()
                    + DemoOptions.defaults().withScale(0.1).prospectCount());
            assertThat(first.nodeCount("Deal")).isEqualTo(DemoOptions.defaults().withScale(0.1).dealCount());
            assertThat(Files.exists(dataDir.resolve("demo-ecosystem/planted/partner_truth.csv"))).isTrue();
            try (var session = driver.session()) {
                session.run("MATCH (p:Partner {id: 'P0001'}) DETACH DELETE p").consume();
            }
        }
        try (var context = start()) {
            GraphSnapshot restarted = GraphSnapshot.of(context.getBean(Driver.class));
            assertThat(restarted.nodeCount("Partner")).isEqualTo(first.nodeCount("Partner") - 1);
            assertThat(restarted.nodeCount("Deal")).isEqualTo(first.nodeCount("Deal"));
        }
    }
}
