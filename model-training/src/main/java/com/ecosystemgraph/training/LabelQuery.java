package com.ecosystemgraph.training;

import com.ecosystemgraph.cypher.CypherStatements;
import com.ecosystemgraph.scoring.features.FeatureQuery;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.Values;

/** Reads the training labels (the only place training touches deals). */
final class LabelQuery {

    /** Labels by partner id, and the date they were measured at. */
    record Labels(Map<String, LabelledPartner> byId, LocalDate asOf) {
    }

    private LabelQuery() {
    }

    static Labels load(Driver driver, String database, LabelDefinition label, LocalDate asOf) {
        Map<String, Object> params = new HashMap<>();
        params.put("asOf", asOf == null ? Values.NULL : Values.value(asOf));
        params.put("minTenureMonths", label.minTenureMonths());
        params.put("windowMonths", label.windowMonths());
        params.put("statuses", label.statuses());
        params.put("roles", label.roles());
        params.put("threshold", label.threshold());
        try (Session session = driver.session(FeatureQuery.sessionConfig(database))) {
            List<org.neo4j.driver.Record> rows = session
                    .executeRead(tx -> tx.run(CypherStatements.query("scoring/partner-labels"), params).list(), FeatureQuery.BATCH);
            Map<String, LabelledPartner> byId = new HashMap<>();
            LocalDate measuredAt = asOf;
            for (org.neo4j.driver.Record r : rows) {
                byId.put(r.get("id").asString(), new LabelledPartner(r.get("id").asString(),
                        r.get("tier").isNull() ? null : r.get("tier").asString(),
                        r.get("engagement").asDouble(), r.get("revenue").asDouble(), r.get("positive").asBoolean()));
                measuredAt = r.get("asOf").asLocalDate();
            }
            return new Labels(byId, measuredAt);
        }
    }
}
