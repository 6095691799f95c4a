package com.ecosystemgraph.analytics;

import com.ecosystemgraph.analytics.ReferralGrowth.GrowthInterval;
import com.ecosystemgraph.security.ViewerAccess;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** The referral growth curve and prospects' marginal reach (schema: analytics-network.graphqls). */
@Controller
@ViewerAccess
class NetworkAnalyticsController {

    private final NetworkAnalytics analytics;

    NetworkAnalyticsController(NetworkAnalytics analytics) {
        this.analytics = analytics;
    }

    @QueryMapping
    ReferralGrowth referralGrowth(@Argument AnalyticsFilter filter, @Argument GrowthInterval interval) {
        return analytics.growth(filter, interval == null ? GrowthInterval.QUARTER : interval);
    }

    @QueryMapping
    ProspectReach prospectReach(@Argument String prospectId, @Argument AnalyticsFilter filter, @Argument Integer first) {
        return analytics.prospectReach(prospectId, filter, first == null ? 20 : first);
    }
}
