package com.ecosystemgraph.graph;

import com.ecosystemgraph.neo4j.GraphValues;
import java.time.LocalDate;
import java.util.List;
import org.neo4j.driver.Value;

/** A partner or prospect as the API shows it. */
public record Partner(
        String id,
        String name,
        PartnerType type,
        PartnerStatus status,
        PartnerTier tier,
        String region,
        List<String> industries,
        Long employees,
        Long certifiedStaff,
        LocalDate signedOn,
        Long portalLogins90d,
        Long trainingsCompleted,
        Long contentDownloads90d,
        Double hourlyRate) {

    /** Maps a node returned as {@code p} (all its properties) to the read model. */
    public static Partner from(Value node) {
        return new Partner(
                node.get("id").asString(),
                GraphValues.string(node.get("name")),
                GraphValues.enumOf(PartnerType.class, node.get("type")),
                GraphValues.enumOf(PartnerStatus.class, node.get("status")),
                GraphValues.enumOf(PartnerTier.class, node.get("tier")),
                GraphValues.string(node.get("region")),
                GraphValues.strings(node.get("industries")),
                GraphValues.integer(node.get("employees")),
                GraphValues.integer(node.get("certifiedStaff")),
                GraphValues.date(node.get("signedOn")),
                GraphValues.integer(node.get("portalLogins90d")),
                GraphValues.integer(node.get("trainingsCompleted")),
                GraphValues.integer(node.get("contentDownloads90d")),
                GraphValues.decimal(node.get("hourlyRate")));
    }
}
