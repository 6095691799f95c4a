package com.ecosystemgraph.analytics;

import java.time.LocalDate;
import java.util.List;

/** Partner sets (pairs or triples) that win together (docs/analytics.md#6). */
record ValueCombinations(LocalDate asOf, int size, int minSupport, long tested, Double baselineWinRate, Double baselineAverageWonAmount,
        List<ValueCombination> combinations, List<String> notes) {

    /**
     * One partner set on the same deals. For a triple, {@code pairs} holds each pair inside it on the
     * deals without the third member and {@code liftOverBestPair} compares against the best of them;
     * for a pair both are empty / null.
     */
    record ValueCombination(List<Member> members, long support, long won, long lost, Double winRate, Interval winRateInterval,
            Double averageWonAmount, Double averageDaysToClose, long customers, Double customerRetention,
            Double liftOverBestMember, Double liftOverBaseline, double pValue, double qValue, boolean significant,
            double expectedIncrementalRevenue, List<SubPair> pairs, Double liftOverBestPair) {
    }

    /** A member's deals without the other members. */
    record Member(String id, String name, long deals, long won, long lost, Double winRate, Double averageWonAmount, Double lift) {
    }

    /** Two members of a triple on their deals without the third. */
    record SubPair(List<String> ids, long deals, long won, long lost, Double winRate, Double lift) {
    }
}
