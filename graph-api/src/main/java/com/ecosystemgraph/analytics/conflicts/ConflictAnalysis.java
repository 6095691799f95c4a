package com.ecosystemgraph.analytics.conflicts;

import com.ecosystemgraph.analytics.AnalyticsFilter;
import com.ecosystemgraph.graph.Periods;
import com.ecosystemgraph.analytics.Limits;
import com.ecosystemgraph.graphql.BadRequestException;
import org.springframework.stereotype.Service;

/** Channel conflicts (docs/analytics.md#5): checks the arguments, reads the rows, computes {@link ChannelConflicts}. */
@Service
public class ConflictAnalysis {

    static final int MAX_WINDOW_DAYS = 365;

    private final Periods periods;
    private final ConflictQuery query;

    ConflictAnalysis(Periods periods, ConflictQuery query) {
        this.periods = periods;
        this.query = query;
    }

    public ChannelConflicts conflicts(AnalyticsFilter given, int windowDays, int first) {
        Limits.checkFirst(first, Limits.MAX_FIRST);
        return conflicts(given, windowDays, Long.valueOf(first));
    }

    /** Every conflict when limit is null (the planted-effects test and the evidence need the complete list). */
    public ChannelConflicts conflicts(AnalyticsFilter given, int windowDays, Long limit) {
        if (windowDays < 1 || windowDays > MAX_WINDOW_DAYS) {
            throw new BadRequestException(
                    "windowDays must be 1 to " + MAX_WINDOW_DAYS + " (days between two channels' claims), was " + windowDays);
        }
        AnalyticsFilter filter = AnalyticsFilter.resolved(given, periods);
        ConflictQuery.Conflicts rows = query.rows(filter, windowDays);
        return ChannelConflicts.of(rows.customers(), rows.customersWithDeals(), filter.asOf(), filter.from(), filter.partnerFiltered(),
                windowDays, limit);
    }
}
