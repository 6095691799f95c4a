package com.ecosystemgraph.evidence;

import com.ecosystemgraph.deal.Deal;
import com.ecosystemgraph.graphql.CypherRunner;
import com.ecosystemgraph.graphql.Page;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Reads the deals behind a figure (cypher/queries/evidence). */
@Repository
@Transactional(readOnly = true)
class EvidenceRepository {

    private final CypherRunner cypher;

    EvidenceRepository(CypherRunner cypher) {
        this.cypher = cypher;
    }

    List<Page.Sorted<Deal>> page(EvidenceFilter filter, EvidenceSelector selector, Page page) {
        Map<String, Object> parameters = parameters(filter, selector);
        page.bind(parameters);
        return cypher.list("evidence/deals-page", parameters, r -> new Page.Sorted<>(Deal.from(r.get("d")), Page.Sorted.value(r.get("sortValue"))));
    }

    DealEvidence.Totals totals(EvidenceFilter filter, EvidenceSelector selector) {
        return cypher.one("evidence/deals-totals", parameters(filter, selector), r -> new DealEvidence.Totals(
                r.get("asOf").isNull() ? null : r.get("asOf").asLocalDate(), r.get("count").asLong(), r.get("amount").asDouble(),
                r.get("won").asLong(), r.get("lost").asLong())).orElseThrow();
    }

    private static Map<String, Object> parameters(EvidenceFilter filter, EvidenceSelector selector) {
        Map<String, Object> parameters = new HashMap<>();
        filter.bind(parameters);
        selector.bind(parameters);
        return parameters;
    }
}
