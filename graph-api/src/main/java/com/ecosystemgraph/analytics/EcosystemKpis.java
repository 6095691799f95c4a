package com.ecosystemgraph.analytics;

import com.ecosystemgraph.graph.DealSource;
import java.time.LocalDate;
import java.util.List;

/**
 * Attribution and KPIs over a period (docs/analytics.md#1). Rates and ratios are null (with a note)
 * when too few deals stand behind them.
 */
record EcosystemKpis(LocalDate asOf, LocalDate from, List<SourceKpis> bySource, double totalWonAmount, Double partnerSourcedShare,
        Double partnerDrivenShare, long activePartners, Double revenuePerActivePartner, Double registrationRate,
        TimeToFirstDeal timeToFirstDeal, List<SourceComparison> partnerVsDirect, List<String> notes) {

    /** One deal source. */
    record SourceKpis(DealSource source, long pipelineDeals, double pipelineAmount, long openDeals, double openAmount, long won,
            long lost, double wonAmount, Double winRate, Interval winRateInterval, Double averageWonAmount,
            Double medianDaysToClose, Double shareOfWonAmount) {
    }

    /**
     * A partner source against direct: win rate, average won deal size and speed (direct median days /
     * this median days); {@code filter} is the resolved filter, for the like-for-like reading asked for lazily.
     */
    record SourceComparison(DealSource source, Double winRateRatio, Double dealSizeRatio, Double speedRatio, AnalyticsFilter filter) {
    }

    /**
     * The source against direct deals on the same customer segment, industry and region
     * (docs/analytics.md#1): each ratio raw and adjusted with 95% intervals.
     *
     * @param strata customer segment x industry x region cells holding closed deals of both
     */
    record LikeForLike(DealSource source, long strata, AdjustedRatio winRate, AdjustedRatio dealSize, AdjustedRatio speed,
            List<String> notes) {
    }

    /** A ratio raw and adjusted, each with its 95% interval; disagree when the intervals do not overlap. */
    record AdjustedRatio(Double raw, Interval rawInterval, Double adjusted, Interval adjustedInterval, boolean disagree, String note) {
    }

    /** Days from signing to the first deal a partner appears on, for partners signed inside the deal history. */
    record TimeToFirstDeal(long partners, long partnersWithoutDeal, Double medianDays, Double shareWithin90Days) {
    }
}
