package com.ecosystemgraph.analytics.combinations;

import com.ecosystemgraph.support.TestPeriods;
import com.ecosystemgraph.analytics.AnalyticsRepository;
import com.ecosystemgraph.neo4j.CypherRunner;

/** A {@link CombinationAnalysis} on a test's repository and runner, built as the service's beans are (test code, kept out of src/main). */
public final class CombinationAnalyses {

    private CombinationAnalyses() {
    }

    public static CombinationAnalysis on(AnalyticsRepository repository, CypherRunner cypher) {
        return new CombinationAnalysis(TestPeriods.periods(), new CombinationQuery(repository, cypher));
    }
}
