package com.ecosystemgraph.evidence;

import com.ecosystemgraph.deal.DealSource;
import com.ecosystemgraph.graphql.BadRequestException;
import com.ecosystemgraph.graphql.Filters;
import java.util.List;
import java.util.Map;

/** The {@code EvidenceSelector} input: what a figure counts within the filter's deals. */
record EvidenceSelector(EvidenceBasis basis, List<DealSource> sources, List<String> allPartners, List<String> creditedPartners,
                        List<String> customerIds) {

    /** At most this many ids in creditedPartners and customerIds. */
    static final int MAX_IDS = 100;
    /** A value combination has at most 3 members. */
    static final int MAX_ALL_PARTNERS = 3;

    void bind(Map<String, Object> parameters) {
        if (basis == null) {
            throw new BadRequestException("selector.basis is required: WON, CLOSED or CREATED");
        }
        if (allPartners != null && (allPartners.isEmpty() || allPartners.size() > MAX_ALL_PARTNERS)) {
            throw new BadRequestException("selector.allPartners must name 1 to " + MAX_ALL_PARTNERS + " partners, got " + allPartners.size());
        }
        check("creditedPartners", creditedPartners);
        check("customerIds", customerIds);
        parameters.put("basis", basis.name());
        parameters.put("sources", Filters.stored(sources));
        parameters.put("allPartners", Filters.texts(allPartners));
        parameters.put("creditedPartners", Filters.texts(creditedPartners));
        parameters.put("customerIds", Filters.texts(customerIds));
    }

    private static void check(String field, List<String> ids) {
        if (ids != null && ids.size() > MAX_IDS) {
            throw new BadRequestException("selector." + field + " may name at most " + MAX_IDS + " ids, got " + ids.size());
        }
    }
}
