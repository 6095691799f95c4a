package com.ecosystemgraph.analytics.conflicts;

import com.ecosystemgraph.support.TestPeriods;
import com.ecosystemgraph.neo4j.CypherRunner;

/** A {@link ConflictAnalysis} on a test's repository and runner, built as the service's beans are (test code, kept out of src/main). */
public final class ConflictAnalyses {

    private ConflictAnalyses() {
    }

    public static ConflictAnalysis on(CypherRunner cypher) {
        return new ConflictAnalysis(TestPeriods.periods(), new ConflictQuery(cypher));
    }
}
