package com.ecosystemgraph.analytics.returns;

import com.ecosystemgraph.support.TestPeriods;
import com.ecosystemgraph.analytics.AnalyticsRepository;

/** A {@link ReturnAnalysis} on a test's repository and runner, built as the service's beans are (test code, kept out of src/main). */
public final class ReturnAnalyses {

    private ReturnAnalyses() {
    }

    public static ReturnAnalysis on(AnalyticsRepository repository) {
        return new ReturnAnalysis(TestPeriods.periods(), new ReturnQuery(repository));
    }
}
