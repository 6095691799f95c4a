package com.ecosystemgraph.analytics;

import java.time.LocalDate;
import java.util.List;

/** Partner sets that win together (docs/analytics.md#6). */
record ValueCombinations(LocalDate asOf, int size, int minSupport, long tested, Double baselineWinRate, Double baselineAverageWonAmount,
                         List<ValueCombination> combinations, List<String> notes) {

    /** One partner set on the same deals. */
    record ValueCombination(List<Member> members, long support, long won, long lost, Double winRate, Interval winRateInterval,
                            Double averageWonAmount, Double averageDaysToClose, long customers, Double customerRetention,
                            Double liftOverBestMember, Double liftOverBaseline, double pValue, double qValue, boolean significant,
                            double expectedIncrementalRevenue) {
    }

    /** A member's deals without the other members. */
    record Member(String id, String name, long deals, long won, long lost, Double winRate, Double averageWonAmount, Double lift) {
    }
}
