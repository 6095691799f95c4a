package com.ecosystemgraph.analytics;

import com.ecosystemgraph.graphql.BadRequestException;
import com.ecosystemgraph.graphql.Filters;
import com.ecosystemgraph.partner.PartnerTier;
import com.ecosystemgraph.partner.PartnerType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The {@code AnalyticsFilter} input: the period [from, asOf] (asOf defaults to the ecosystem's
 * snapshot date, from to the start of the data) and which partners count.
 */
record AnalyticsFilter(LocalDate asOf, LocalDate from, List<PartnerType> partnerTypes, List<String> regions, List<PartnerTier> tiers) {

    static final AnalyticsFilter NONE = new AnalyticsFilter(null, null, null, null, null);

    static AnalyticsFilter orNone(AnalyticsFilter filter) {
        return filter == null ? NONE : filter;
    }

    boolean partnerFiltered() {
        return Filters.stored(partnerTypes) != null || Filters.texts(regions) != null || Filters.stored(tiers) != null;
    }

    void bind(Map<String, Object> parameters) {
        if (asOf != null && from != null && from.isAfter(asOf)) {
            throw new BadRequestException("filter.from (" + from + ") is after filter.asOf (" + asOf + "): the period would be empty");
        }
        parameters.put("asOf", asOf);
        parameters.put("from", from);
        parameters.put("types", Filters.stored(partnerTypes));
        parameters.put("regions", Filters.texts(regions));
        parameters.put("tiers", Filters.stored(tiers));
        parameters.put("partnerFiltered", partnerFiltered());
    }
}
