package com.ecosystemgraph.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ecosystemgraph.support.TestNeo4j;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

class EmbeddedNeo4jIT {

    @TempDir
    Path home;

    @Test
    void graphDataScienceProceduresAreRegisteredAndRun() {
        Driver driver = TestNeo4j.driver();
        TestNeo4j.clean();
        try (var session = driver.session()) {
            session.run("CREATE (a:Partner {id: 'A'})-[:REFERRED]->(b:Partner {id: 'B'})-[:REFERRED]->(c:Partner {id: 'C'}),"
                    + " (a)-[:REFERRED]->(c)").consume();
            session.run("CALL gds.graph.project('referrals-test', 'Partner', 'REFERRED')").consume();
            try {
                var scores = session.run("CALL gds.pageRank.stream('referrals-test') YIELD nodeId, score "
                        + "RETURN gds.util.asNode(nodeId).id AS id, score ORDER BY score DESC").list();
                assertThat(scores).hasSize(3);
                assertThat(scores.getFirst().get("id").asString()).isEqualTo("C");
                assertThat(scores.getFirst().get("score").asDouble()).isGreaterThan(scores.getLast().get("score").asDouble());
            } finally {
                session.run("CALL gds.graph.drop('referrals-test')").consume();
            }
        }
    }

    @Test
    void dataSurvivesAStopAndStartOnTheSameDirectory() {
        try (EmbeddedNeo4j first = TestNeo4j.start(home); Driver driver = connect(first)) {
            driver.executableQuery("CREATE (:Partner {id: 'kept', name: 'Kept'})").execute();
        }
        try (EmbeddedNeo4j second = TestNeo4j.start(home); Driver driver = connect(second)) {
            var names = driver.executableQuery("MATCH (p:Partner {id: 'kept'}) RETURN p.name AS name").execute().records();
            assertThat(names).extracting(r -> r.get("name").asString()).containsExactly("Kept");
        }
    }

    @Test
    void aDataDirectoryInUseIsRefusedWithAOneLineReason() {
        try (EmbeddedNeo4j running = TestNeo4j.start(home)) {
            assertThat(running.boltPort()).isPositive();
            assertThatThrownBy(() -> TestNeo4j.start(home))
                    .isInstanceOf(EmbeddedNeo4jException.class)
                    .hasMessageContaining("is in use by another running Ecosystem Graph or Neo4j")
                    .hasMessageContaining("ECOSYSTEM_DATA_DIR")
                    .hasMessageNotContaining("\n");
        }
    }

    @Test
    void aBoltPortInUseIsRefusedWithAOneLineReason() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("localhost"))) {
            var settings = new EmbeddedNeo4j.Settings(home, "localhost", taken.getLocalPort(), 0, Duration.ofSeconds(30));
            assertThatThrownBy(() -> EmbeddedNeo4j.start(settings))
                    .isInstanceOf(EmbeddedNeo4jException.class)
                    .hasMessage("Bolt port " + taken.getLocalPort()
                            + " on localhost is already in use: stop the other process or set ECOSYSTEM_BOLT_PORT to a free port");
        }
    }

    private static Driver connect(EmbeddedNeo4j database) {
        return GraphDatabase.driver(database.boltUri(), database.serviceAuth());
    }
}
