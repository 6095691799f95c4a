package com.ecosystemgraph.partner;

import com.ecosystemgraph.graphql.Filters;
import java.util.List;
import java.util.Map;

/** The {@code PartnerFilter} input. */
record PartnerFilter(List<PartnerType> types, List<PartnerStatus> statuses, List<PartnerTier> tiers, List<String> regions,
                     String industry, String nameContains) {

    static final PartnerFilter NONE = new PartnerFilter(null, null, null, null, null, null);

    void bind(Map<String, Object> parameters) {
        parameters.put("types", Filters.stored(types));
        parameters.put("statuses", Filters.stored(statuses));
        parameters.put("tiers", Filters.stored(tiers));
        parameters.put("regions", Filters.texts(regions));
        parameters.put("industry", Filters.text(industry));
        parameters.put("nameContains", Filters.text(nameContains));
    }
}
