package com.ecosystemgraph.analytics.tiers;

import com.ecosystemgraph.support.TestPeriods;
import com.ecosystemgraph.analytics.AnalyticsRepository;

/** A {@link TierAnalysis} on a test's repository and runner, built as the service's beans are (test code, kept out of src/main). */
public final class TierAnalyses {

    private TierAnalyses() {
    }

    public static TierAnalysis on(AnalyticsRepository repository) {
        return new TierAnalysis(TestPeriods.periods(), new TierQuery(repository));
    }
}
