package com.ecosystemgraph.analytics;

import com.ecosystemgraph.analytics.Analytics.CombinationOrder;
import com.ecosystemgraph.analytics.EcosystemKpis.LikeForLike;
import com.ecosystemgraph.analytics.EcosystemKpis.SourceComparison;
import com.ecosystemgraph.graph.DealSource;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import com.ecosystemgraph.analytics.ReferralNetwork.ReferralReach;
import com.ecosystemgraph.security.ViewerAccess;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** The analytics root queries (schema: analytics.graphqls). */
@Controller
@ViewerAccess
class AnalyticsController {

    /** The API's page-size limit (QueryLimits checks it first; this guards direct callers). */
    private static final int MAX_FIRST = 100;

    private final Analytics analytics;

    AnalyticsController(Analytics analytics) {
        this.analytics = analytics;
    }

    @QueryMapping
    EcosystemKpis ecosystemKpis(@Argument AnalyticsFilter filter) {
        return analytics.kpis(filter);
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
            LikeForLike l = byFilter.computeIfAbsent(c.filter(), analytics::likeForLike).get(c.source());
            if (l != null) {
                result.put(c, l);
            }
        }
        return result;
    }

    @QueryMapping
    PartnerReturns partnerReturns(@Argument AnalyticsFilter filter, @Argument Integer first, @Argument Double dilutionFloor,
            @Argument Integer maxHops, @Argument Double decay) {
        Limits.checkFirst(first, MAX_FIRST);
        return analytics.returns(filter, first == null ? 20 : first,
                dilutionFloor == null ? Analytics.DEFAULT_DILUTION_FLOOR : dilutionFloor,
                maxHops == null ? NetworkCredit.DEFAULT_HOPS : maxHops, decay == null ? NetworkCredit.DEFAULT_DECAY : decay);
    }

    @QueryMapping
    ValueCombinations valueCombinations(@Argument AnalyticsFilter filter, @Argument Integer size, @Argument CombinationOrder outcome,
            @Argument Integer minSupport, @Argument Integer first) {
        Limits.checkFirst(first, MAX_FIRST);
        return analytics.combinations(filter, size == null ? 2 : size, outcome == null ? CombinationOrder.INCREMENTAL_REVENUE : outcome,
                minSupport == null ? 10 : minSupport, first == null ? 10 : first);
    }

    @QueryMapping
    IntegrationCombinations integrationCombinations(@Argument AnalyticsFilter filter,
            @Argument Analytics.IntegrationCombinationOrder outcome,
            @Argument Integer minSupport, @Argument Integer first) {
        Limits.checkFirst(first, MAX_FIRST);
        return analytics.integrationCombinations(filter, outcome == null ? Analytics.IntegrationCombinationOrder.RETAINED_ARR : outcome,
                minSupport == null ? 10 : minSupport, first == null ? 10 : first);
    }

    @QueryMapping
    ReferralReach referralReach(@Argument String partnerId, @Argument AnalyticsFilter filter, @Argument Integer maxHops,
            @Argument Double decay) {
        return analytics.reach(partnerId, filter, maxHops == null ? 3 : maxHops, decay == null ? 0.5 : decay);
    }

    @QueryMapping
    ReferralStructure referralStructure(@Argument AnalyticsFilter filter, @Argument java.util.List<String> personaliseOn,
            @Argument Integer first,
            @Argument Integer graphLimit, graphql.schema.DataFetchingFieldSelectionSet selection) {
        Limits.checkFirst(first, MAX_FIRST);
        int cap = graphLimit == null ? 2_000 : graphLimit;
        if (cap < 1) {
            throw new com.ecosystemgraph.graphql.BadRequestException("'graphLimit' must be between 1 and 5000, got " + cap);
        }
        // The network is a second pass of three algorithms and a read: only when the client asks for it.
        return analytics.structure(filter, personaliseOn, first == null ? 10 : first, selection.contains("graph") ? cap : 0);
    }

    @QueryMapping
    ReferralNetwork referralNetwork(@Argument AnalyticsFilter filter, @Argument Integer maxHops, @Argument Double decay,
            @Argument Integer first) {
        Limits.checkFirst(first, MAX_FIRST);
        return analytics.network(filter, maxHops == null ? 3 : maxHops, decay == null ? 0.5 : decay, first == null ? 10 : first);
    }
}
