package com.ecosystemgraph.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.ecosystemgraph.cypher.CypherStatements;
import com.ecosystemgraph.cypher.MigrationCatalog;
import com.ecosystemgraph.cypher.MigrationRunner;
import com.ecosystemgraph.embedded.EmbeddedNeo4j;
import com.ecosystemgraph.support.TestNeo4j;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

/**
 * Instances started together on one empty database migrate its schema at the same time: every one
 * of them must start (their schema locks used to deadlock and stop all but one), and each migration
 * is recorded once.
 */
class ConcurrentMigrationsIT {

    @TempDir
    Path temp;

    @Test
    void instancesMigratingTheSameEmptyDatabaseAtOnceAllSucceed() throws Exception {
        int instances = 4;
        try (EmbeddedNeo4j server = TestNeo4j.start(temp.resolve("db"))) {
            List<Driver> drivers = new ArrayList<>();
            for (int i = 0; i < instances; i++) {
                drivers.add(GraphDatabase.driver(server.boltUri(), server.serviceAuth()));
            }
            try {
                CountDownLatch start = new CountDownLatch(1);
                List<CompletableFuture<MigrationRunner.Result>> runs = new ArrayList<>();
                for (Driver driver : drivers) {
                    runs.add(CompletableFuture.supplyAsync(() -> {
                        try {
                            start.await();
                        } catch (InterruptedException e) {
                            throw new IllegalStateException(e);
                        }
                        return new MigrationRunner(driver, null).migrate();
                    }));
                }
                start.countDown();
                int applied = 0;
                for (var run : runs) {
                    applied += run.get(5, TimeUnit.MINUTES).applied();
                }
                int migrations = MigrationCatalog.load().size();
                assertThat(applied).as("applied by all instances together").isGreaterThanOrEqualTo(migrations);
                try (var session = drivers.getFirst().session()) {
                    assertThat(session.run(CypherStatements.query("migration/applied")).list()).hasSize(migrations);
                }
            } finally {
                drivers.forEach(Driver::close);
            }
        }
    }
}
