package com.ecosystemgraph.deal;

import com.ecosystemgraph.graph.Participation;
import com.ecosystemgraph.graph.Deal;
import com.ecosystemgraph.graph.Customer;
import com.ecosystemgraph.neo4j.CypherRunner;
import com.ecosystemgraph.neo4j.GraphValues;
import com.ecosystemgraph.graph.Partner;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Reads deals, their customer and their partners. */
@Repository
@Transactional(readOnly = true)
class DealRepository {

    private final CypherRunner cypher;

    DealRepository(CypherRunner cypher) {
        this.cypher = cypher;
    }

    Optional<Deal> findById(String id) {
        return cypher.one("deal/by-id", Map.of("id", id), r -> Deal.from(r.get("d")));
    }

    long count(DealFilter filter) {
        Map<String, Object> parameters = new HashMap<>();
        filter.bind(parameters);
        return cypher.one("deal/count", parameters, r -> r.get("count").asLong()).orElse(0L);
    }

    DealStats stats(DealFilter filter) {
        Map<String, Object> parameters = new HashMap<>();
        filter.bind(parameters);
        return cypher.one("deal/stats", parameters, r -> new DealStats(r.get("count").asLong(), r.get("won").asLong(),
                r.get("lost").asLong(), r.get("open").asLong(), r.get("totalAmount").asDouble(), r.get("wonAmount").asDouble(),
                GraphValues.decimal(r.get("averageAmount")))).orElseThrow();
    }

    Map<String, List<Customer>> customers(List<String> ids) {
        return cypher.grouped("deal/customers", ids, r -> Customer.from(r.get("c")));
    }

    Map<String, List<DealPartner>> partners(List<String> ids) {
        return cypher.grouped("deal/partners", ids, r -> new DealPartner(Partner.from(r.get("p")),
                Participation.from(r.get("type").asString(), r.get("r"))));
    }
}
