package com.ecosystemgraph.analytics.combinations;

import com.ecosystemgraph.analytics.AnalyticsFilter;
import com.ecosystemgraph.analytics.Limits;
import com.ecosystemgraph.analytics.combinations.IntegrationCombinations.IntegrationCombinationOrder;
import com.ecosystemgraph.analytics.combinations.ValueCombinations.CombinationOrder;
import com.ecosystemgraph.security.ViewerAccess;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** The valueCombinations and integrationCombinations root queries (schema: analytics.graphqls). */
@Controller
@ViewerAccess
class CombinationsController {

    private final CombinationAnalysis combinations;

    CombinationsController(CombinationAnalysis combinations) {
        this.combinations = combinations;
    }

    @QueryMapping
    ValueCombinations valueCombinations(@Argument AnalyticsFilter filter, @Argument Integer size, @Argument CombinationOrder outcome,
            @Argument Integer minSupport, @Argument Integer first) {
        Limits.checkFirst(first, Limits.MAX_FIRST);
        return combinations.combinations(filter, size == null ? 2 : size, outcome == null ? CombinationOrder.INCREMENTAL_REVENUE : outcome,
                minSupport == null ? 10 : minSupport, first == null ? 10 : first);
    }

    @QueryMapping
    IntegrationCombinations integrationCombinations(@Argument AnalyticsFilter filter, @Argument IntegrationCombinationOrder outcome,
            @Argument Integer minSupport, @Argument Integer first) {
        Limits.checkFirst(first, Limits.MAX_FIRST);
        return combinations.integrationCombinations(filter, outcome == null ? IntegrationCombinationOrder.RETAINED_ARR : outcome,
                minSupport == null ? 10 : minSupport, first == null ? 10 : first);
    }
}
