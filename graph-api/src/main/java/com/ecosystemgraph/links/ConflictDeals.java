package com.ecosystemgraph.links;

import com.ecosystemgraph.graph.PartnerTier;
import com.ecosystemgraph.graph.PartnerType;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * The deals of the channel conflicts, as the {@code channelConflicts} analysis finds them: asked by
 * {@code evidence} (the deals behind a conflict figure), answered by {@code analytics} (the analysis
 * decides which deals are in a conflict, so the listed deals add up to its amounts by construction).
 */
public interface ConflictDeals {

    /** The ids of every deal in a conflict of the period within the window (of these customers' conflicts, when given). */
    List<String> dealIds(LocalDate asOf, LocalDate from, List<PartnerType> partnerTypes, List<String> regions, List<PartnerTier> tiers,
            int windowDays, Collection<String> customerIds);
}
