package com.ecosystemgraph.analytics.economics;

import com.ecosystemgraph.analytics.AnalyticsFilter;
import com.ecosystemgraph.graph.Periods;
import com.ecosystemgraph.graphql.BadRequestException;
import org.springframework.stereotype.Service;

/** Partner economics (docs/analytics.md#4): checks the arguments, reads the rows, computes {@link PartnerEconomics}. */
@Service
public class EconomicsAnalysis {

    private final Periods periods;
    private final EconomicsQuery query;

    EconomicsAnalysis(Periods periods, EconomicsQuery query) {
        this.periods = periods;
        this.query = query;
    }

    public PartnerEconomics economics(AnalyticsFilter given, double threshold, int first) {
        AnalyticsFilter filter = AnalyticsFilter.resolved(given, periods);
        if (!(threshold > 0) || threshold > 100) {
            throw new BadRequestException("threshold must be above 0 and at most 100 (a multiple of the hourly rate), was " + threshold);
        }
        return PartnerEconomics.of(query.rows(filter), filter.asOf(), threshold, first);
    }
}
