package com.ecosystemgraph.customer;

import com.ecosystemgraph.graph.Segment;
import com.ecosystemgraph.graphql.Filters;
import com.ecosystemgraph.graph.Vocabulary;
import java.util.List;
import java.util.Map;

/** The {@code CustomerFilter} input. */
record CustomerFilter(List<String> industries, List<String> regions, List<Segment> segments, Boolean churned,
        String nameContains) {

    static final CustomerFilter NONE = new CustomerFilter(null, null, null, null, null);

    void bind(Map<String, Object> parameters) {
        parameters.put("industries", Filters.vocabulary(Vocabulary.INDUSTRY, industries, "filter.industries"));
        parameters.put("regions", Filters.vocabulary(Vocabulary.REGION, regions, "filter.regions"));
        parameters.put("segments", Filters.stored(segments));
        parameters.put("churned", churned);
        parameters.put("nameContains", Filters.text(nameContains));
    }
}
