package com.ecosystemgraph.partner;

import com.ecosystemgraph.graph.PartnerStatus;
import com.ecosystemgraph.graph.PartnerType;
import com.ecosystemgraph.graph.PartnerTier;
import com.ecosystemgraph.graphql.BadRequestException;
import com.ecosystemgraph.graphql.Filters;
import com.ecosystemgraph.graph.Vocabulary;
import java.util.List;
import java.util.Map;

/** The {@code PartnerFilter} input; {@code minScore} keeps partners scored at least that high (unscored ones drop out). */
record PartnerFilter(List<PartnerType> types, List<PartnerStatus> statuses, List<PartnerTier> tiers, List<String> regions,
        String industry, String nameContains, Integer minScore) {

    static final PartnerFilter NONE = new PartnerFilter(null, null, null, null, null, null, null);

    void bind(Map<String, Object> parameters) {
        parameters.put("types", Filters.stored(types));
        parameters.put("statuses", Filters.stored(statuses));
        parameters.put("tiers", Filters.stored(tiers));
        parameters.put("regions", Filters.vocabulary(Vocabulary.REGION, regions, "filter.regions"));
        parameters.put("industry", Filters.vocabulary(Vocabulary.INDUSTRY, industry, "filter.industry"));
        parameters.put("nameContains", Filters.text(nameContains));
        if (minScore != null && (minScore < 0 || minScore > 100)) {
            throw new BadRequestException("'filter.minScore' must be between 0 and 100 (the range of the score), got " + minScore);
        }
        parameters.put("minScore", minScore);
    }
}
