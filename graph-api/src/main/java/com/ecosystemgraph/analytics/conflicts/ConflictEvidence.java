package com.ecosystemgraph.analytics.conflicts;

import com.ecosystemgraph.analytics.AnalyticsFilter;

import com.ecosystemgraph.graph.PartnerTier;
import com.ecosystemgraph.graph.PartnerType;
import com.ecosystemgraph.links.ConflictDeals;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The deals of the channel conflicts, as {@code channelConflicts} finds them, for the evidence behind
 * its figures (evidence/): the analysis itself decides which deals are in a conflict, so the listed
 * deals add up to its amounts by construction.
 */
@Service
public class ConflictEvidence implements ConflictDeals {

    private final ConflictAnalysis conflicts;

    ConflictEvidence(ConflictAnalysis conflicts) {
        this.conflicts = conflicts;
    }

    /** The ids of every deal in a conflict of the period within the window (of these customers' conflicts, when given). */
    @Override
    @Transactional(readOnly = true)
    public List<String> dealIds(LocalDate asOf, LocalDate from, List<PartnerType> partnerTypes, List<String> regions,
            List<PartnerTier> tiers,
            int windowDays, Collection<String> customerIds) {
        ChannelConflicts all = conflicts.conflicts(new AnalyticsFilter(asOf, from, partnerTypes, regions, tiers), windowDays, (Long) null);
        return all.conflicts().stream()
                .filter(c -> customerIds == null || customerIds.isEmpty() || customerIds.contains(c.customerId()))
                .flatMap(c -> c.deals().stream()).map(ChannelConflicts.ConflictDeal::id).distinct().toList();
    }
}
