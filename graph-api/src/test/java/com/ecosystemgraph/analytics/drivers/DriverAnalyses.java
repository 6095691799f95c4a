package com.ecosystemgraph.analytics.drivers;

import com.ecosystemgraph.support.TestPeriods;
import com.ecosystemgraph.analytics.AnalyticsRepository;
import com.ecosystemgraph.neo4j.CypherRunner;

/** A {@link DriverAnalysis} on a test's repository and runner, built as the service's beans are (test code, kept out of src/main). */
public final class DriverAnalyses {

    private DriverAnalyses() {
    }

    public static DriverAnalysis on(AnalyticsRepository repository, CypherRunner cypher) {
        return new DriverAnalysis(TestPeriods.periods(), new DriverQuery(repository, cypher));
    }
}
