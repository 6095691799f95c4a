package com.ecosystemgraph.customer;

import com.ecosystemgraph.graphql.Filters;
import java.util.List;
import java.util.Map;

/** The {@code CustomerFilter} input. */
record CustomerFilter(List<String> industries, List<String> regions, List<Segment> segments, Boolean churned,
                      String nameContains) {

    static final CustomerFilter NONE = new CustomerFilter(null, null, null, null, null);

    void bind(Map<String, Object> parameters) {
        parameters.put("industries", Filters.texts(industries));
        parameters.put("regions", Filters.texts(regions));
        parameters.put("segments", Filters.stored(segments));
        parameters.put("churned", churned);
        parameters.put("nameContains", Filters.text(nameContains));
    }
}
