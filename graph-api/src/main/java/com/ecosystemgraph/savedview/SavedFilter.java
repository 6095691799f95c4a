package com.ecosystemgraph.savedview;

import com.ecosystemgraph.graph.PartnerTier;
import com.ecosystemgraph.graph.PartnerType;
import java.time.LocalDate;
import java.util.List;

/** A period and segment: the {@code AnalyticsFilter} input as given, and the {@code SavedFilter} as stored and returned. */
public record SavedFilter(LocalDate asOf, LocalDate from, List<PartnerType> partnerTypes, List<String> regions, List<PartnerTier> tiers) {
}
