package com.ecosystemgraph.analytics;

import com.ecosystemgraph.graphql.BadRequestException;
import com.ecosystemgraph.graphql.Filters;
import com.ecosystemgraph.graph.Vocabulary;
import com.ecosystemgraph.graph.PartnerTier;
import com.ecosystemgraph.graph.PartnerType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The {@code AnalyticsFilter} input: the period [from, asOf] (asOf defaults to the ecosystem's
 * snapshot date, from to the start of the data) and which partners count.
 */
public record AnalyticsFilter(LocalDate asOf, LocalDate from, List<PartnerType> partnerTypes, List<String> regions,
        List<PartnerTier> tiers) {

    static final AnalyticsFilter NONE = new AnalyticsFilter(null, null, null, null, null);

    public static AnalyticsFilter orNone(AnalyticsFilter filter) {
        return filter == null ? NONE : filter;
    }

    /** The filter (none: {@link #NONE}) with its as-of date resolved: the snapshot date when not given. */
    public static AnalyticsFilter resolved(AnalyticsFilter filter, Supplier<LocalDate> snapshotDate) {
        AnalyticsFilter f = orNone(filter);
        return f.asOf() != null ? f : new AnalyticsFilter(snapshotDate.get(), f.from(), f.partnerTypes(), f.regions(), f.tiers());
    }

    public boolean partnerFiltered() {
        return Filters.stored(partnerTypes) != null || Filters.texts(regions) != null || Filters.stored(tiers) != null;
    }

    public void bind(Map<String, Object> parameters) {
        if (asOf != null && from != null && from.isAfter(asOf)) {
            throw new BadRequestException("filter.from (" + from + ") is after filter.asOf (" + asOf + "): the period would be empty");
        }
        parameters.put("asOf", asOf);
        parameters.put("from", from);
        parameters.put("types", Filters.stored(partnerTypes));
        parameters.put("regions", Filters.vocabulary(Vocabulary.REGION, regions, "filter.regions"));
        parameters.put("tiers", Filters.stored(tiers));
        parameters.put("partnerFiltered", partnerFiltered());
    }
}
