package com.ecosystemgraph.deal;

import com.ecosystemgraph.graph.DealSource;
import com.ecosystemgraph.graph.DealOutcome;
import com.ecosystemgraph.graphql.BadRequestException;
import com.ecosystemgraph.graphql.Filters;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The {@code DealFilter} input. */
record DealFilter(List<DealOutcome> outcomes, List<DealSource> sources, LocalDate createdFrom, LocalDate createdTo,
        LocalDate closedFrom, LocalDate closedTo, Double minAmount, Double maxAmount, List<String> partnerIds,
        List<String> customerIds) {

    static final DealFilter NONE = new DealFilter(null, null, null, null, null, null, null, null, null, null);

    void bind(Map<String, Object> parameters) {
        if (createdFrom != null && createdTo != null && createdTo.isBefore(createdFrom)) {
            throw new BadRequestException("filter.createdTo (" + createdTo + ") is before filter.createdFrom (" + createdFrom + ")");
        }
        if (closedFrom != null && closedTo != null && closedTo.isBefore(closedFrom)) {
            throw new BadRequestException("filter.closedTo (" + closedTo + ") is before filter.closedFrom (" + closedFrom + ")");
        }
        if (minAmount != null && maxAmount != null && maxAmount < minAmount) {
            throw new BadRequestException("filter.maxAmount (" + maxAmount + ") is below filter.minAmount (" + minAmount + ")");
        }
        parameters.put("outcomes", Filters.stored(outcomes));
        parameters.put("sources", Filters.stored(sources));
        parameters.put("createdFrom", createdFrom);
        parameters.put("createdTo", createdTo);
        parameters.put("closedFrom", closedFrom);
        parameters.put("closedTo", closedTo);
        parameters.put("minAmount", minAmount);
        parameters.put("maxAmount", maxAmount);
        parameters.put("partnerIds", Filters.texts(partnerIds));
        parameters.put("customerIds", Filters.texts(customerIds));
    }
}
