package com.ecosystemgraph.evidence;

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
 * The {@code AnalyticsFilter} input as the evidence reads it: the period [from, asOf] and which
 * partners count, bound to the same parameters as the analytics statements.
 */
record EvidenceFilter(LocalDate asOf, LocalDate from, List<PartnerType> partnerTypes, List<String> regions, List<PartnerTier> tiers) {

    static final EvidenceFilter NONE = new EvidenceFilter(null, null, null, null, null);

    /** This filter with its period resolved once, where the request enters: the as-of date given wins, else the snapshot date. */
    EvidenceFilter resolved(Periods periods) {
        if (asOf != null) {
            return this;
        }
        Period period = periods.resolve(null, from);
        return new EvidenceFilter(period.asOf(), period.from(), partnerTypes, regions, tiers);
    }

    void bind(Map<String, Object> parameters) {
        if (asOf != null && from != null && from.isAfter(asOf)) {
            throw new BadRequestException("filter.from (" + from + ") is after filter.asOf (" + asOf + "): the period would be empty");
        }
        List<String> types = Filters.stored(partnerTypes);
        List<String> regionList = Filters.vocabulary(Vocabulary.REGION, regions, "filter.regions");
        List<String> tierList = Filters.stored(tiers);
        new Period(asOf, from).bind(parameters);
        parameters.put("types", types);
        parameters.put("regions", regionList);
        parameters.put("tiers", tierList);
        parameters.put("partnerFiltered", types != null || regionList != null || tierList != null);
    }
}
