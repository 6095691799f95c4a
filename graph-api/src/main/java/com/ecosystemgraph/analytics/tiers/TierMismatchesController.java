package com.ecosystemgraph.analytics.tiers;

import com.ecosystemgraph.analytics.AnalyticsFilter;
import com.ecosystemgraph.security.ViewerAccess;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** The tierMismatches root query (schema: analytics.graphqls). */
@Controller
@ViewerAccess
class TierMismatchesController {

    private final TierAnalysis tiers;

    TierMismatchesController(TierAnalysis tiers) {
        this.tiers = tiers;
    }

    @QueryMapping
    TierMismatches tierMismatches(@Argument AnalyticsFilter filter, @Argument Integer minSteps, @Argument Integer minTenureMonths) {
        return tiers.tiers(filter, minSteps == null ? 1 : minSteps, minTenureMonths == null ? 12 : minTenureMonths);
    }
}
