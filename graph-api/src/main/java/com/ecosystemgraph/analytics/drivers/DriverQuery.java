package com.ecosystemgraph.analytics.drivers;

import com.ecosystemgraph.analytics.AnalyticsFilter;
import com.ecosystemgraph.analytics.AnalyticsRepository;
import com.ecosystemgraph.analytics.AnalyticsRepository.Measure;
import com.ecosystemgraph.analytics.AnalyticsRepository.PartnerRow;
import com.ecosystemgraph.neo4j.CypherRunner;
import com.ecosystemgraph.neo4j.GraphValues;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads the partners' outcomes from the shared partner rollups and what they are grouped by (driver-profiles.cypher). */
@Component
@Transactional(readOnly = true)
class DriverQuery {

    private final AnalyticsRepository repository;
    private final CypherRunner cypher;

    DriverQuery(AnalyticsRepository repository, CypherRunner cypher) {
        this.repository = repository;
        this.cypher = cypher;
    }

    List<PartnerRow> partners(AnalyticsFilter resolved) {
        return repository.partners(resolved, EnumSet.of(Measure.REVENUE, Measure.OUTCOMES, Measure.CO_SOLD));
    }

    /** The profile of every signed partner matching the filter, by id. */
    Map<String, ProfileRow> profiles(AnalyticsFilter resolved) {
        Map<String, Object> parameters = new HashMap<>();
        resolved.bind(parameters);
        Map<String, ProfileRow> result = new HashMap<>();
        cypher.list("analytics/driver-profiles", parameters, r -> new ProfileRow(r.get("id").asString(),
                GraphValues.integer(r.get("employees")), GraphValues.integer(r.get("certifiedStaff")),
                GraphValues.integer(r.get("portalLogins")), GraphValues.integer(r.get("trainings")),
                GraphValues.integer(r.get("downloads")),
                GraphValues.integer(r.get("depth")), r.get("users").asLong())).forEach(p -> result.put(p.id(), p));
        return result;
    }
}
