package com.ecosystemgraph.graph;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * The period a request reads: up to and including {@code asOf}, from {@code from} on. Resolved once
 * where the request enters ({@link Periods}): {@code asOf} is never null (the date given, else the
 * ecosystem's snapshot date, else today); {@code from} null means no lower bound, as the statements
 * read {@code $from IS NULL OR ...}.
 */
public record Period(LocalDate asOf, LocalDate from) {

    public Period {
        Objects.requireNonNull(asOf, "a period's as-of date is resolved before it is made (Periods)");
    }

    /** Binds {@code $asOf} (never null) and {@code $from} (null: no lower bound). */
    public void bind(Map<String, Object> parameters) {
        parameters.put("asOf", asOf);
        parameters.put("from", from);
    }
}
