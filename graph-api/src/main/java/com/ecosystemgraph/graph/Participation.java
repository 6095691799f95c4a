package com.ecosystemgraph.graph;

import com.ecosystemgraph.neo4j.GraphValues;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import org.neo4j.driver.Value;

/**
 * A partner's part in a deal: its role and the registration on the relationship.
 *
 * @param relationship the SOURCED / INFLUENCED / CO_SOLD relationship value
 */
public record Participation(DealRole role, LocalDate registeredOn, RegistrationStage registrationStage, Double partnerHours,
        Double partnerEarnings) {

    /** The GraphQL fields of a participation read from the relationship's properties (the role is its type). */
    public static final Set<String> RELATIONSHIP_FIELDS = Set.of("registeredOn", "registrationStage", "partnerHours", "partnerEarnings");

    public static Participation from(String type, Value relationship) {
        return new Participation(DealRole.valueOf(type.toUpperCase(Locale.ROOT)),
                GraphValues.date(relationship.get("registeredOn")),
                GraphValues.enumOf(RegistrationStage.class, relationship.get("registrationStage")),
                GraphValues.decimal(relationship.get("partnerHours")),
                GraphValues.decimal(relationship.get("partnerEarnings")));
    }
}
