package com.ecosystemgraph.analytics.kpis;

import com.ecosystemgraph.analytics.AnalyticsFilter;
import com.ecosystemgraph.graph.Periods;
import com.ecosystemgraph.analytics.kpis.EcosystemKpis.LikeForLike;
import com.ecosystemgraph.graph.DealSource;
import java.util.Map;
import org.springframework.stereotype.Service;

/** Attribution and KPIs (docs/analytics.md#1): resolves the period, reads the rows, computes {@link EcosystemKpis}. */
@Service
public class KpiAnalysis {

    private final Periods periods;
    private final KpiQuery query;

    KpiAnalysis(Periods periods, KpiQuery query) {
        this.periods = periods;
        this.query = query;
    }

    public EcosystemKpis kpis(AnalyticsFilter given) {
        AnalyticsFilter filter = AnalyticsFilter.resolved(given, periods);
        return EcosystemKpis.of(query.bySource(filter), query.activity(filter), filter);
    }

    /**
     * Each partner source against direct deals like for like: within customer segment x industry x
     * region (docs/analytics.md#1). Reads every closed deal of the period once, for all sources.
     */
    public Map<DealSource, LikeForLike> likeForLike(AnalyticsFilter resolved) {
        return EcosystemKpis.likeForLike(query.cells(resolved));
    }
}
