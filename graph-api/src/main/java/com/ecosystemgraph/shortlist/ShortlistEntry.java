package com.ecosystemgraph.shortlist;

import com.ecosystemgraph.neo4j.GraphValues;
import com.ecosystemgraph.graph.Partner;
import java.time.ZoneOffset;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/** A prospect on the shortlist ({@code ShortlistEntry}), with the prospect when it is still in the graph. */
record ShortlistEntry(String prospectId, Partner prospect, ShortlistStatus status, String notes, String addedBy, String addedAt,
        String updatedBy, String updatedAt) {

    /** From a row with the entry as {@code s} and the partner as {@code p} (null when deleted). */
    static ShortlistEntry from(Record row) {
        Value s = row.get("s");
        Value p = row.get("p");
        return new ShortlistEntry(s.get("prospectId").asString(), p.isNull() ? null : Partner.from(p),
                GraphValues.enumOf(ShortlistStatus.class, s.get("status")), GraphValues.string(s.get("notes")),
                s.get("addedBy").asString(), instant(s.get("addedAt")), s.get("updatedBy").asString(), instant(s.get("updatedAt")));
    }

    private static String instant(Value value) {
        return value.asZonedDateTime().withZoneSameInstant(ZoneOffset.UTC).toOffsetDateTime().toString();
    }
}
