package com.ecosystemgraph.integration;

import com.ecosystemgraph.graph.Integration;
import com.ecosystemgraph.graph.Customer;
import com.ecosystemgraph.graphql.Connection;
import com.ecosystemgraph.neo4j.CypherRunner;
import com.ecosystemgraph.graphql.NestedKey;
import com.ecosystemgraph.graphql.Page;
import com.ecosystemgraph.graph.Partner;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Reads integrations, who built them and who uses them. */
@Repository
@Transactional(readOnly = true)
class IntegrationRepository {

    private final CypherRunner cypher;

    IntegrationRepository(CypherRunner cypher) {
        this.cypher = cypher;
    }

    Optional<Integration> findById(String id) {
        return cypher.one("integration/by-id", Map.of("id", id), r -> Integration.from(r.get("i")));
    }

    Map<String, List<Partner>> partners(List<String> ids) {
        return cypher.grouped("integration/partners", ids, r -> Partner.from(r.get("p")));
    }

    Map<NestedKey, Connection<Customer>> customers(Set<NestedKey> keys) {
        return NestedKey.load(keys, (parentIds, parameters) -> NestedKey.children(cypher, "integration/customers", parentIds, parameters,
                row -> new Page.Sorted<>(Customer.from(row), row.get("id").asString())), Customer::id);
    }
}
