package com.ecosystemgraph.analytics.kpis;

import com.ecosystemgraph.analytics.AnalyticsFilter;
import com.ecosystemgraph.analytics.kpis.EcosystemKpis.LikeForLike;
import com.ecosystemgraph.analytics.kpis.EcosystemKpis.SourceComparison;
import com.ecosystemgraph.graph.DealSource;
import com.ecosystemgraph.security.ViewerAccess;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** The ecosystemKpis root query and its lazy likeForLike field (schema: analytics.graphqls). */
@Controller
@ViewerAccess
class EcosystemKpisController {

    private final KpiAnalysis kpis;

    EcosystemKpisController(KpiAnalysis kpis) {
        this.kpis = kpis;
    }

    @QueryMapping
    EcosystemKpis ecosystemKpis(@Argument AnalyticsFilter filter) {
        return kpis.kpis(filter);
    }

    /**
     * The like-for-like comparisons of every SourceComparison in the response, one pass over the
     * closed deals per filter (the sources of one ecosystemKpis share it).
     */
    @BatchMapping
    Map<SourceComparison, LikeForLike> likeForLike(List<SourceComparison> comparisons) {
        Map<AnalyticsFilter, Map<DealSource, LikeForLike>> byFilter = new HashMap<>();
        Map<SourceComparison, LikeForLike> result = new HashMap<>();
        for (SourceComparison c : comparisons) {
            LikeForLike l = byFilter.computeIfAbsent(c.filter(), kpis::likeForLike).get(c.source());
            if (l != null) {
                result.put(c, l);
            }
        }
        return result;
    }
}
