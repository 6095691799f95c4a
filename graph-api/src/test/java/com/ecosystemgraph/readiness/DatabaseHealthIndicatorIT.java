package com.ecosystemgraph.readiness;

import static org.assertj.core.api.Assertions.assertThat;

import com.ecosystemgraph.availability.DatabaseAvailability;
import com.ecosystemgraph.availability.DatabaseReachableAgain;
import com.ecosystemgraph.embedded.EmbeddedNeo4j;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.springframework.boot.health.contributor.Status;

/**
 * The readiness group's database component goes DOWN while the database cannot be reached (which also
 * makes API requests answer UNAVAILABLE at once), and UP when it is back, telling background work so.
 */
class DatabaseHealthIndicatorIT {

    @TempDir
    Path temp;

    @Test
    void downAfterTwoFailedChecksAndUpAgainWhenTheDatabaseIsBack() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("localhost"))) {
            port = socket.getLocalPort();
        }
        EmbeddedNeo4j.Settings settings = new EmbeddedNeo4j.Settings(temp.resolve("db"), "localhost", port, 64L * 1024 * 1024,
                Duration.ofSeconds(60));
        EmbeddedNeo4j server = EmbeddedNeo4j.start(settings);
        java.util.List<Object> events = new java.util.ArrayList<>();
        DatabaseAvailability availability = new DatabaseAvailability(events::add);
        try (Driver driver = GraphDatabase.driver("bolt://localhost:" + port,
                // the people's password is kept in the data directory, so it is the same after the restart
                AuthTokens.basic("neo4j", server.peoplePassword()),
                Config.builder().withConnectionTimeout(2, TimeUnit.SECONDS).build());
                DatabaseHealthIndicator indicator = new DatabaseHealthIndicator(driver, availability)) {
            indicator.check();
            assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);

            server.close();
            indicator.check();
            assertThat(indicator.health().getStatus()).as("one failed check may be a blip").isEqualTo(Status.UP);
            indicator.check();
            assertThat(indicator.health().getStatus()).isEqualTo(Status.DOWN);
            assertThat(indicator.health().getDetails()).containsKey("unreachableSince");

            assertThat(availability.isReachable()).as("API requests are now answered UNAVAILABLE at once").isFalse();

            server = EmbeddedNeo4j.start(settings);
            indicator.check();
            assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);
            assertThat(events).as("background work that the outage stopped is told to start again")
                    .singleElement().isInstanceOf(DatabaseReachableAgain.class);
        } finally {
            server.close();
        }
    }
}
