package com.ecosystemgraph.graph;

import com.ecosystemgraph.neo4j.CypherRunner;
import com.ecosystemgraph.neo4j.GraphValues;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Resolves a request's {@link Period}, once, where the request enters (a controller, an analysis's
 * entry, the evidence): an as-of date given wins; else the ecosystem's snapshot date (cypher
 * ecosystem/snapshot-date, the one statement that reads it); else, before anything was imported,
 * today in UTC (what Cypher's {@code date()} gave). The statements then take {@code $asOf} as given.
 *
 * <p>The snapshot date is read per request, not cached across requests: an import by another process
 * or instance, or a write around the service, changes it without an event here, and the service's
 * answers are exact, never approximately current (docs/adr/0023-one-period-per-request.md).
 */
@Component
public class Periods {

    private final CypherRunner cypher;

    public Periods(CypherRunner cypher) {
        this.cypher = cypher;
    }

    /** The period [from, asOf] with asOf resolved (from stays as given: null is no lower bound). */
    public Period resolve(LocalDate asOf, LocalDate from) {
        return new Period(asOf != null ? asOf : snapshotDate().orElseGet(this::today), from);
    }

    /** The ecosystem's snapshot date, empty before anything was imported. */
    public Optional<LocalDate> snapshotDate() {
        // one row, whose date is null before the first import (Optional.of would refuse it)
        return cypher.list("ecosystem/snapshot-date", Map.of(), r -> GraphValues.date(r.get("snapshotDate"))).stream()
                .filter(java.util.Objects::nonNull).findFirst();
    }

    private LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }
}
