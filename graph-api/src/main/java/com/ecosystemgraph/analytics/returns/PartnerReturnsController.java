package com.ecosystemgraph.analytics.returns;

import com.ecosystemgraph.analytics.AnalyticsFilter;
import com.ecosystemgraph.analytics.Limits;
import com.ecosystemgraph.analytics.NetworkCredit;
import com.ecosystemgraph.security.ViewerAccess;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** The partnerReturns root query (schema: analytics.graphqls). */
@Controller
@ViewerAccess
class PartnerReturnsController {

    private final ReturnAnalysis returns;

    PartnerReturnsController(ReturnAnalysis returns) {
        this.returns = returns;
    }

    @QueryMapping
    PartnerReturns partnerReturns(@Argument AnalyticsFilter filter, @Argument Integer first, @Argument Double dilutionFloor,
            @Argument Integer maxHops, @Argument Double decay) {
        Limits.checkFirst(first, Limits.MAX_FIRST);
        return returns.returns(filter, first == null ? 20 : first,
                dilutionFloor == null ? ReturnAnalysis.DEFAULT_DILUTION_FLOOR : dilutionFloor,
                maxHops == null ? NetworkCredit.DEFAULT_HOPS : maxHops, decay == null ? NetworkCredit.DEFAULT_DECAY : decay);
    }
}
