package com.ecosystemgraph.support;

import com.ecosystemgraph.graph.Periods;
import com.ecosystemgraph.neo4j.CypherRunner;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.springframework.data.neo4j.core.Neo4jClient;

/** The service's {@link Periods} on the test database, for analyses a test builds itself. */
public final class TestPeriods {

    private TestPeriods() {
    }

    public static Periods periods() {
        return new Periods(new CypherRunner(Neo4jClient.create(TestNeo4j.driver()), new SimpleMeterRegistry()));
    }
}
