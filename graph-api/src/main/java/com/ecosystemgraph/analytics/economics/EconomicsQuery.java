package com.ecosystemgraph.analytics.economics;

import com.ecosystemgraph.analytics.AnalyticsFilter;
import com.ecosystemgraph.analytics.AnalyticsRepository;
import com.ecosystemgraph.analytics.AnalyticsRepository.Measure;
import java.util.EnumSet;
import java.util.List;
import org.springframework.stereotype.Component;

/** Reads the earnings and hours of the partners with deals in the period from the shared partner rollups. */
@Component
class EconomicsQuery {

    private final AnalyticsRepository repository;

    EconomicsQuery(AnalyticsRepository repository) {
        this.repository = repository;
    }

    List<EconomicsRow> rows(AnalyticsFilter resolved) {
        return repository.partners(resolved, EnumSet.of(Measure.DEAL_ROWS, Measure.EARNINGS)).stream()
                .filter(r -> r.dealRows() > 0)
                .map(r -> new EconomicsRow(r.id(), r.name(), r.type(), r.earnings(), r.hours(), r.hourlyRate()))
                .toList();
    }
}
