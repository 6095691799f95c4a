package com.ecosystemgraph.analytics.tiers;

import com.ecosystemgraph.analytics.AnalyticsFilter;
import com.ecosystemgraph.analytics.AnalyticsRepository;
import com.ecosystemgraph.analytics.AnalyticsRepository.Measure;
import java.util.EnumSet;
import java.util.List;
import org.springframework.stereotype.Component;

/** Reads the partners' trailing revenue and investment from the shared partner rollups. */
@Component
class TierQuery {

    private final AnalyticsRepository repository;

    TierQuery(AnalyticsRepository repository) {
        this.repository = repository;
    }

    List<TierRow> rows(AnalyticsFilter resolved) {
        return repository.partners(resolved, EnumSet.of(Measure.TRAILING_REVENUE, Measure.INVESTMENT)).stream()
                .map(r -> new TierRow(r.id(), r.name(), r.type(), r.tier(), r.status(), r.signedOn(), r.asOf(), r.trailingRevenue(),
                        r.investment()))
                .toList();
    }
}
