package com.ecosystemgraph.analytics.kpis;

import com.ecosystemgraph.support.TestPeriods;
import com.ecosystemgraph.analytics.AnalyticsRepository;
import com.ecosystemgraph.neo4j.CypherRunner;

/** A {@link KpiAnalysis} on a test's repository and runner, built as the service's beans are (test code, kept out of src/main). */
public final class KpiAnalyses {

    private KpiAnalyses() {
    }

    public static KpiAnalysis on(AnalyticsRepository repository, CypherRunner cypher) {
        return new KpiAnalysis(TestPeriods.periods(), new KpiQuery(repository, cypher));
    }
}
