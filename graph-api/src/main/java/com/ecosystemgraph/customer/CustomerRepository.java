package com.ecosystemgraph.customer;

import com.ecosystemgraph.graph.Customer;
import com.ecosystemgraph.graph.Deal;
import com.ecosystemgraph.graphql.Connection;
import com.ecosystemgraph.neo4j.CypherRunner;
import com.ecosystemgraph.graphql.NestedKey;
import com.ecosystemgraph.graphql.Page;
import com.ecosystemgraph.graph.Integration;
import com.ecosystemgraph.graph.Partner;
import com.ecosystemgraph.graph.Referral;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Reads customers and what hangs off them. */
@Repository
@Transactional(readOnly = true)
class CustomerRepository {

    private final CypherRunner cypher;

    CustomerRepository(CypherRunner cypher) {
        this.cypher = cypher;
    }

    Optional<Customer> findById(String id) {
        return cypher.one("customer/by-id", Map.of("id", id), r -> Customer.from(r.get("c")));
    }

    long count(CustomerFilter filter) {
        Map<String, Object> parameters = new HashMap<>();
        filter.bind(parameters);
        return cypher.one("customer/count", parameters, r -> r.get("count").asLong()).orElse(0L);
    }

    Map<NestedKey, Connection<Deal>> deals(Set<NestedKey> keys) {
        return NestedKey.load(keys, (parentIds, parameters) -> NestedKey.children(cypher, "customer/deals", parentIds, parameters,
                row -> new Page.Sorted<>(Deal.from(row), row.get("id").asString())), Deal::id);
    }

    Map<String, List<Partner>> partners(List<String> ids) {
        return cypher.grouped("customer/partners", ids, r -> Partner.from(r.get("p")));
    }

    Map<String, List<Integration>> integrations(List<String> ids) {
        return cypher.grouped("customer/integrations", ids, r -> Integration.from(r.get("i")));
    }

    Map<String, List<Referral>> referredBy(List<String> ids) {
        return cypher.grouped("customer/referred-by", ids, Referral::from);
    }

    Map<String, List<Referral>> referrals(List<String> ids) {
        return cypher.grouped("customer/referrals", ids, Referral::from);
    }
}
