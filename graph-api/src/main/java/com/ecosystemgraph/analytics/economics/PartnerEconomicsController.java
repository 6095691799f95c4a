package com.ecosystemgraph.analytics.economics;

import com.ecosystemgraph.analytics.AnalyticsFilter;
import com.ecosystemgraph.analytics.Limits;
import com.ecosystemgraph.security.ViewerAccess;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** The partnerEconomics root query (schema: analytics.graphqls). */
@Controller
@ViewerAccess
class PartnerEconomicsController {

    private final EconomicsAnalysis economics;

    PartnerEconomicsController(EconomicsAnalysis economics) {
        this.economics = economics;
    }

    @QueryMapping
    PartnerEconomics partnerEconomics(@Argument AnalyticsFilter filter, @Argument Double threshold, @Argument Integer first) {
        Limits.checkFirst(first, Limits.MAX_FIRST);
        return economics.economics(filter, threshold == null ? 2.5 : threshold, first == null ? 20 : first);
    }
}
