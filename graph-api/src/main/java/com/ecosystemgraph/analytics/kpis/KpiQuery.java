package com.ecosystemgraph.analytics.kpis;

import com.ecosystemgraph.analytics.AnalyticsFilter;
import com.ecosystemgraph.analytics.AnalyticsRepository;
import com.ecosystemgraph.analytics.AnalyticsRepository.ActivityRow;
import com.ecosystemgraph.analytics.AnalyticsRepository.SourceRow;
import com.ecosystemgraph.neo4j.CypherRunner;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the deals by source and the partner activity (the shared rollup reads of {@link AnalyticsRepository})
 * and, for like for like, every closed deal of the period by customer cell (kpi-like-for-like.cypher).
 */
@Component
@Transactional(readOnly = true)
class KpiQuery {

    private final AnalyticsRepository repository;
    private final CypherRunner cypher;

    KpiQuery(AnalyticsRepository repository, CypherRunner cypher) {
        this.repository = repository;
        this.cypher = cypher;
    }

    List<SourceRow> bySource(AnalyticsFilter resolved) {
        return repository.bySource(resolved);
    }

    ActivityRow activity(AnalyticsFilter resolved) {
        return repository.activity(resolved);
    }

    /** Closed deals per source and customer segment x industry x region (reads every closed deal of the period). */
    List<CellRow> cells(AnalyticsFilter resolved) {
        Map<String, Object> parameters = new HashMap<>();
        resolved.bind(parameters);
        return cypher.list("analytics/kpi-like-for-like", parameters, r -> new CellRow(r.get("source").asString(),
                r.get("segment").asString(), r.get("industry").asString(), r.get("region").asString(), r.get("won").asLong(),
                r.get("lost").asLong(), r.get("amounts").asLong(), r.get("amountSum").asDouble(), r.get("amountSquares").asDouble(),
                r.get("cycles").asLong(), r.get("logDaysSum").asDouble(), r.get("logDaysSquares").asDouble()));
    }
}
