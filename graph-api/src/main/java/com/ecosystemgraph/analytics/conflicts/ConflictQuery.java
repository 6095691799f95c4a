package com.ecosystemgraph.analytics.conflicts;

import com.ecosystemgraph.analytics.AnalyticsFilter;
import com.ecosystemgraph.analytics.conflicts.ConflictRow.DealRow;
import com.ecosystemgraph.analytics.conflicts.ConflictRow.PairRow;
import com.ecosystemgraph.analytics.conflicts.ConflictRow.RegistrationRow;
import com.ecosystemgraph.neo4j.CypherRunner;
import com.ecosystemgraph.neo4j.GraphValues;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Runs channel-conflicts.cypher: the customers with deals in the period and the conflicted ones' deals. */
@Component
@Transactional(readOnly = true)
class ConflictQuery {

    /** The customers with deals in the period and the conflicted ones. */
    record Conflicts(long customersWithDeals, List<ConflictRow> customers) {
    }

    private final CypherRunner cypher;

    ConflictQuery(CypherRunner cypher) {
        this.cypher = cypher;
    }

    Conflicts rows(AnalyticsFilter resolved, int windowDays) {
        Map<String, Object> parameters = new HashMap<>();
        resolved.bind(parameters);
        parameters.put("windowDays", windowDays);
        return cypher.one("analytics/channel-conflicts", parameters,
                r -> new Conflicts(r.get("customersWithDeals").asLong(), r.get("conflicts").asList(ConflictQuery::conflict)))
                .orElse(new Conflicts(0, List.of()));
    }

    private static ConflictRow conflict(Value v) {
        return new ConflictRow(v.get("customerId").asString(), GraphValues.string(v.get("customerName")),
                GraphValues.string(v.get("industry")), GraphValues.string(v.get("region")),
                v.get("pairs").asList(p -> new PairRow(p.get("a").asString(), p.get("b").asString(), p.get("kind").asString())),
                v.get("deals").asList(d -> new DealRow(d.get("id").asString(), GraphValues.string(d.get("source")),
                        d.get("amount").asDouble(0), d.get("outcome").asString(), GraphValues.date(d.get("createdOn")),
                        GraphValues.date(d.get("closedOn")), d.get("direct").asBoolean(),
                        d.get("registrations").asList(g -> new RegistrationRow(g.get("partnerId").asString(),
                                GraphValues.string(g.get("partnerName")), g.get("role").asString(), GraphValues.date(g.get("registeredOn")),
                                GraphValues.string(g.get("stage")), g.get("matches").asBoolean())))));
    }
}
