package com.ecosystemgraph.analytics.referrals;

import com.ecosystemgraph.availability.GraphDataScience;
import com.ecosystemgraph.support.TestNeo4j;
import com.ecosystemgraph.support.TestPeriods;
import com.ecosystemgraph.neo4j.CypherRunner;

/** A {@link ReferralAnalysis} on a test's repository and runner, built as the service's beans are (test code, kept out of src/main). */
public final class ReferralAnalyses {

    private ReferralAnalyses() {
    }

    public static ReferralAnalysis on(CypherRunner cypher) {
        return new ReferralAnalysis(TestPeriods.periods(), new ReferralQuery(cypher), new GraphDataScience(TestNeo4j.driver(), null));
    }
}
