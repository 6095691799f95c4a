package com.ecosystemgraph.analytics.drivers;

import com.ecosystemgraph.analytics.AnalyticsFilter;
import com.ecosystemgraph.graph.Periods;
import org.springframework.stereotype.Service;

/**
 * performanceDrivers (docs/analytics.md#9): partners grouped by each program lever, their outcomes
 * per group, and each group's ratio to the lever's reference group, raw and like for like.
 *
 * <p>The outcomes come from the partner rollups (revenue, won and lost deals, co-sold rows: no deal
 * is read), the grouping from one statement over the partners and their integrations. Like for like
 * is a stratified estimate over partner type x size band x region ({@link DriverComparisons}).
 */
@Service
public class DriverAnalysis {

    private final Periods periods;
    private final DriverQuery query;

    DriverAnalysis(Periods periods, DriverQuery query) {
        this.periods = periods;
        this.query = query;
    }

    public PerformanceDrivers drivers(AnalyticsFilter given) {
        AnalyticsFilter filter = AnalyticsFilter.resolved(given, periods);
        return PerformanceDrivers.of(query.partners(filter), query.profiles(filter), filter.asOf(), filter.from());
    }
}
