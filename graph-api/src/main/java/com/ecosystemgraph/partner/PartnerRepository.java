package com.ecosystemgraph.partner;

import com.ecosystemgraph.graph.Partner;
import com.ecosystemgraph.graph.Customer;
import com.ecosystemgraph.graph.Deal;
import com.ecosystemgraph.graph.Participation;
import com.ecosystemgraph.neo4j.CypherRunner;
import com.ecosystemgraph.graphql.NestedKey;
import com.ecosystemgraph.graphql.Page;
import com.ecosystemgraph.graph.Integration;
import com.ecosystemgraph.graph.Investment;
import com.ecosystemgraph.graph.Referral;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Reads partners and what hangs off them. Read-only transactions, so a cluster can route them to followers. */
@Repository
@Transactional(readOnly = true)
class PartnerRepository {

    private final CypherRunner cypher;

    PartnerRepository(CypherRunner cypher) {
        this.cypher = cypher;
    }

    Optional<Partner> findById(String id) {
        return cypher.one("partner/by-id", Map.of("id", id), r -> Partner.from(r.get("p")));
    }

    long count(PartnerFilter filter) {
        Map<String, Object> parameters = new HashMap<>();
        filter.bind(parameters);
        return cypher.one("partner/count", parameters, r -> r.get("count").asLong()).orElse(0L);
    }

    Map<NestedKey, com.ecosystemgraph.graphql.Connection<Deal>> deals(Set<NestedKey> keys) {
        return NestedKey.load(keys, (parentIds, parameters) -> NestedKey.children(cypher, "partner/deals", parentIds, parameters, row -> {
            Value deal = row.get("deal");
            return new Page.Sorted<>(new PartnerDeal(Deal.from(deal), Participation.from(row.get("type").asString(),
                    row.get("relationship"))), deal.get("id").asString());
        }), d -> d.deal().id(), (position, d) -> new PartnerDealEdge(position, d.deal(), d.participation()));
    }

    Map<NestedKey, com.ecosystemgraph.graphql.Connection<Customer>> customers(Set<NestedKey> keys) {
        return NestedKey.load(keys, (parentIds, parameters) -> NestedKey.children(cypher, "partner/customers", parentIds, parameters,
                row -> new Page.Sorted<>(Customer.from(row), row.get("id").asString())), Customer::id);
    }

    Map<String, List<Integration>> integrations(List<String> ids) {
        return cypher.grouped("partner/integrations", ids, r -> Integration.from(r.get("i")));
    }

    Map<String, List<Investment>> investments(List<String> ids) {
        return cypher.grouped("partner/investments", ids, r -> Investment.from(r.get("v")));
    }

    Map<String, List<Referral>> referredBy(List<String> ids) {
        return cypher.grouped("partner/referred-by", ids, Referral::from);
    }

    Map<String, List<Referral>> referrals(List<String> ids) {
        return cypher.grouped("partner/referrals", ids, Referral::from);
    }

}
