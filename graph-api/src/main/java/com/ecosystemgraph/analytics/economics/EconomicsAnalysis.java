package com.ecosystemgraph.analytics.economics;

import com.ecosystemgraph.analytics.AnalyticsFilter;
import com.ecosystemgraph.analytics.AnalyticsRepository;
import com.ecosystemgraph.graphql.BadRequestException;
import org.springframework.stereotype.Service;

/** Partner economics (docs/analytics.md#4): checks the arguments, reads the rows, computes {@link PartnerEconomics}. */
@Service
public class EconomicsAnalysis {

    private final AnalyticsRepository repository;
    private final EconomicsQuery query;

    EconomicsAnalysis(AnalyticsRepository repository, EconomicsQuery query) {
        this.repository = repository;
        this.query = query;
    }

    public PartnerEconomics economics(AnalyticsFilter given, double threshold, int first) {
        AnalyticsFilter filter = AnalyticsFilter.resolved(given, repository::snapshotDate);
        if (!(threshold > 0) || threshold > 100) {
            throw new BadRequestException("threshold must be above 0 and at most 100 (a multiple of the hourly rate), was " + threshold);
        }
        return PartnerEconomics.of(query.rows(filter), filter.asOf(), threshold, first);
    }
}
