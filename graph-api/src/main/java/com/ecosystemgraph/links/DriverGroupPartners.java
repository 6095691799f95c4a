package com.ecosystemgraph.links;

import com.ecosystemgraph.graph.PartnerTier;
import com.ecosystemgraph.graph.PartnerType;
import java.time.LocalDate;
import java.util.List;

/**
 * The partners of one group of the {@code performanceDrivers} analysis: asked by {@code evidence} (the
 * partners and deals behind a driver group's figures), answered by {@code analytics} (the analysis groups
 * the partners, quartile bounds and all, so the listed rows are its group's by construction).
 */
public interface DriverGroupPartners {

    /**
     * The ids of the partners in the group {@code group} of the lever {@code lever} (a {@code DriverLeverKind} name) under the
     * filter, by id.
     *
     * @throws com.ecosystemgraph.graphql.BadRequestException naming the lever's groups when it has no group of that key
     */
    List<String> partnerIds(LocalDate asOf, LocalDate from, List<PartnerType> partnerTypes, List<String> regions, List<PartnerTier> tiers,
            String lever, String group);
}
