package com.ecosystemgraph.graph;

import java.time.LocalDate;
import org.neo4j.driver.Value;

/**
 * One referral. Each end is a {@link Partner} or a {@link Customer}; GraphQL resolves the union
 * {@code Entity} by the Java type.
 */
public record Referral(Object referrer, Object referred, LocalDate referredOn) {

    /** Maps a row with {@code referrer}, {@code referred} (nodes) and {@code referredOn}. */
    public static Referral from(org.neo4j.driver.Record row) {
        return new Referral(entity(row.get("referrer")), entity(row.get("referred")), row.get("referredOn").asLocalDate());
    }

    /** A Partner or Customer node value as its read model. */
    public static Object entity(Value node) {
        return node.asNode().hasLabel("Customer") ? Customer.from(node) : Partner.from(node);
    }
}
