package com.ecosystemgraph.analytics.tiers;

import com.ecosystemgraph.analytics.AnalyticsFilter;
import com.ecosystemgraph.graph.Periods;
import com.ecosystemgraph.graphql.BadRequestException;
import org.springframework.stereotype.Service;

/** Performance tiers (docs/analytics.md#3): checks the arguments, reads the rows, computes {@link TierMismatches}. */
@Service
public class TierAnalysis {

    private final Periods periods;
    private final TierQuery query;

    TierAnalysis(Periods periods, TierQuery query) {
        this.periods = periods;
        this.query = query;
    }

    public TierMismatches tiers(AnalyticsFilter given, int minSteps, int minTenureMonths) {
        AnalyticsFilter filter = AnalyticsFilter.resolved(given, periods);
        if (minSteps < 1 || minSteps > 3) {
            throw new BadRequestException("minSteps must be 1 to 3 (tier steps apart), was " + minSteps);
        }
        if (minTenureMonths < 0 || minTenureMonths > 120) {
            throw new BadRequestException("minTenureMonths must be 0 to 120, was " + minTenureMonths);
        }
        return TierMismatches.of(query.rows(filter), filter.asOf(), minSteps, minTenureMonths);
    }
}
