package com.ecosystemgraph.analytics;

import java.time.LocalDate;
import java.util.List;

/** Integration pairs used together by customers, and how those customers retain (docs/analytics.md#6). */
record IntegrationCombinations(LocalDate asOf, int minSupport, long tested, long customers, Double baselineRetention,
        Double baselineAverageNps, List<IntegrationCombination> combinations, List<String> notes) {

    /** Two integrations used together. */
    record IntegrationCombination(List<IntegrationMember> members, long support, long churned, Double retention, Interval retentionInterval,
            Double averageNps, Double averageArr, Double liftOverBestMember, Double liftOverBaseline, double pValue,
            double qValue, boolean significant, double expectedRetainedArr) {
    }

    /** One integration, its builder, and its users without the other integration. */
    record IntegrationMember(String id, String name, Integer depth, String partnerId, String partnerName,
            com.ecosystemgraph.graph.PartnerType partnerType, long users,
            long churned, Double retention, Double averageNps, Double lift) {
    }
}
