package com.ecosystemgraph.partner;

import com.ecosystemgraph.cypher.CypherStatements;
import com.ecosystemgraph.graphql.PageRequest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Reads partners. Read-only transactions, so a cluster can route them to followers. */
@Repository
@Transactional(readOnly = true)
class PartnerRepository {

    private final Neo4jClient client;

    PartnerRepository(Neo4jClient client) {
        this.client = client;
    }

    Optional<Partner> findById(String id) {
        return client.query(CypherStatements.query("partner/by-id"))
                .bind(id).to("id")
                .fetchAs(Partner.class).mappedBy((types, record) -> Partner.from(record.get("p")))
                .one();
    }

    /** Up to {@code page.first() + 1} partners in id order after the cursor's id. */
    List<Partner> page(PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        params.put("after", page.afterKey());
        params.put("limit", page.first() + 1);
        return List.copyOf(client.query(CypherStatements.query("partner/page"))
                .bindAll(params)
                .fetchAs(Partner.class).mappedBy((types, record) -> Partner.from(record.get("p")))
                .all());
    }

    long count() {
        return client.query(CypherStatements.query("partner/count")).fetchAs(Long.class)
                .mappedBy((types, record) -> record.get("count").asLong()).one().orElse(0L);
    }
}
