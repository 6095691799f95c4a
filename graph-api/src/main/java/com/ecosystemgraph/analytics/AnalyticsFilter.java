package com.ecosystemgraph.analytics;

import com.ecosystemgraph.graphql.BadRequestException;
import com.ecosystemgraph.graphql.Filters;
import com.ecosystemgraph.graph.Period;
import com.ecosystemgraph.graph.Periods;
import com.ecosystemgraph.graph.Vocabulary;
import com.ecosystemgraph.graph.PartnerTier;
import com.ecosystemgraph.graph.PartnerType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The {@code AnalyticsFilter} input: the period [from, asOf] (asOf defaults to the ecosystem's
 * snapshot date, from to the start of the data) and which partners count. An analysis resolves it
 * once where the request enters it ({@link #resolved}); only a resolved filter binds, so every
 * statement gets a non-null {@code $asOf}.
 */
public record AnalyticsFilter(LocalDate asOf, LocalDate from, List<PartnerType> partnerTypes, List<String> regions,
        List<PartnerTier> tiers) {

    static final AnalyticsFilter NONE = new AnalyticsFilter(null, null, null, null, null);

    public static AnalyticsFilter orNone(AnalyticsFilter filter) {
        return filter == null ? NONE : filter;
    }

    /**
     * The filter (none: {@link #NONE}) with its period resolved by {@link Periods}: the as-of date
     * given wins, else the snapshot date. A filter already resolved is returned as it is (no read).
     */
    public static AnalyticsFilter resolved(AnalyticsFilter filter, Periods periods) {
        AnalyticsFilter f = orNone(filter);
        return f.asOf() != null ? f : f.in(periods.resolve(null, f.from()));
    }

    /** This filter over the period given. */
    public AnalyticsFilter in(Period period) {
        return new AnalyticsFilter(period.asOf(), period.from(), partnerTypes, regions, tiers);
    }

    /** The resolved period; a filter that was not {@link #resolved} has none. */
    public Period period() {
        if (asOf == null) {
            throw new IllegalStateException("the analytics filter's period was not resolved (AnalyticsFilter.resolved)");
        }
        return new Period(asOf, from);
    }

    public boolean partnerFiltered() {
        return Filters.stored(partnerTypes) != null || Filters.texts(regions) != null || Filters.stored(tiers) != null;
    }

    public void bind(Map<String, Object> parameters) {
        if (asOf != null && from != null && from.isAfter(asOf)) {
            throw new BadRequestException("filter.from (" + from + ") is after filter.asOf (" + asOf + "): the period would be empty");
        }
        period().bind(parameters);
        parameters.put("types", Filters.stored(partnerTypes));
        parameters.put("regions", Filters.vocabulary(Vocabulary.REGION, regions, "filter.regions"));
        parameters.put("tiers", Filters.stored(tiers));
        parameters.put("partnerFiltered", partnerFiltered());
    }
}
