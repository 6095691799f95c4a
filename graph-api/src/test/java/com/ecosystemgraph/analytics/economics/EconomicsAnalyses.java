package com.ecosystemgraph.analytics.economics;

import com.ecosystemgraph.support.TestPeriods;
import com.ecosystemgraph.analytics.AnalyticsRepository;

/** A {@link EconomicsAnalysis} on a test's repository and runner, built as the service's beans are (test code, kept out of src/main). */
public final class EconomicsAnalyses {

    private EconomicsAnalyses() {
    }

    public static EconomicsAnalysis on(AnalyticsRepository repository) {
        return new EconomicsAnalysis(TestPeriods.periods(), new EconomicsQuery(repository));
    }
}
