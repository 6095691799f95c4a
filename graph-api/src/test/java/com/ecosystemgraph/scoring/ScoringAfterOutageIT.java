package com.ecosystemgraph.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.ecosystemgraph.availability.DatabaseReachableAgain;
import com.ecosystemgraph.embedded.EmbeddedNeo4j;
import com.ecosystemgraph.support.ChildJvm;
import com.ecosystemgraph.support.TestNeo4j;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

/**
 * Background work resumes by itself after an outage (issue 13, item 3): the model's start, run while
 * the database cannot be reached, waits for it (no error id, no stack trace) and runs again when the
 * database is back, without a restart of the service.
 */
class ScoringAfterOutageIT {

    @TempDir
    Path temp;

    @Test
    void theModelsStartWaitsForTheDatabaseAndRunsAgainWhenItIsBack() throws Exception {
        int port = ChildJvm.freePort();
        EmbeddedNeo4j.Settings settings = new EmbeddedNeo4j.Settings(temp.resolve("db"), "localhost", port, 64L * 1024 * 1024,
                Duration.ofSeconds(60));
        String password;
        try (EmbeddedNeo4j first = EmbeddedNeo4j.start(settings)) {
            password = first.peoplePassword();
        }
        try (Driver driver = GraphDatabase.driver("bolt://localhost:" + port, AuthTokens.basic("neo4j", password),
                Config.builder().withConnectionTimeout(2, java.util.concurrent.TimeUnit.SECONDS).build())) {
            ScoringService scoring = new ScoringService(driver, null, ScoringProperties.of(null, null, true, 42, false),
                    temp.resolve("models"));
            scoring.start();
            assertThat(scoring.status()).isEqualTo(ScoringService.Status.UNAVAILABLE);
            assertThat(scoring.problem()).contains("waits for the database").doesNotContain("quote id");

            try (EmbeddedNeo4j back = EmbeddedNeo4j.start(settings)) {
                scoring.onDatabaseBack(new DatabaseReachableAgain(Instant.now(), Duration.ofSeconds(1)));
                assertThat(scoring.awaitIdle(Duration.ofMinutes(5))).isTrue();
                // The store is empty: training now runs and finds too little data, which is a different answer.
                assertThat(scoring.problem()).as("the start ran again on the database").doesNotContain("waits for the database");
            }
        }
        TestNeo4j.deleteRecursively(temp.resolve("db"));
    }
}
