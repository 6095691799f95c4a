package com.ecosystemgraph.analytics.referrals;

import com.ecosystemgraph.analytics.AnalyticsFilter;
import com.ecosystemgraph.analytics.Limits;
import com.ecosystemgraph.analytics.referrals.ReferralGrowth.GrowthInterval;
import com.ecosystemgraph.analytics.referrals.ReferralNetwork.ReferralReach;
import com.ecosystemgraph.graphql.BadRequestException;
import com.ecosystemgraph.security.ViewerAccess;
import graphql.schema.DataFetchingFieldSelectionSet;
import java.util.List;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** The referral root queries (schema: analytics.graphqls, analytics-network.graphqls). */
@Controller
@ViewerAccess
class ReferralsController {

    private final ReferralAnalysis referrals;

    ReferralsController(ReferralAnalysis referrals) {
        this.referrals = referrals;
    }

    @QueryMapping
    ReferralReach referralReach(@Argument String partnerId, @Argument AnalyticsFilter filter, @Argument Integer maxHops,
            @Argument Double decay) {
        return referrals.reach(partnerId, filter, maxHops == null ? 3 : maxHops, decay == null ? 0.5 : decay);
    }

    @QueryMapping
    ReferralStructure referralStructure(@Argument AnalyticsFilter filter, @Argument List<String> personaliseOn, @Argument Integer first,
            @Argument Integer graphLimit, DataFetchingFieldSelectionSet selection) {
        Limits.checkFirst(first, Limits.MAX_FIRST);
        int cap = graphLimit == null ? 2_000 : graphLimit;
        if (cap < 1) {
            throw new BadRequestException("'graphLimit' must be between 1 and 5000, got " + cap);
        }
        // The network is a second pass of three algorithms and a read: only when the client asks for it.
        return referrals.structure(filter, personaliseOn, first == null ? 10 : first, selection.contains("graph") ? cap : 0);
    }

    @QueryMapping
    ReferralNetwork referralNetwork(@Argument AnalyticsFilter filter, @Argument Integer maxHops, @Argument Double decay,
            @Argument Integer first) {
        Limits.checkFirst(first, Limits.MAX_FIRST);
        return referrals.network(filter, maxHops == null ? 3 : maxHops, decay == null ? 0.5 : decay, first == null ? 10 : first);
    }

    @QueryMapping
    ReferralGrowth referralGrowth(@Argument AnalyticsFilter filter, @Argument GrowthInterval interval) {
        return referrals.growth(filter, interval == null ? GrowthInterval.QUARTER : interval);
    }

    @QueryMapping
    ProspectReach prospectReach(@Argument String prospectId, @Argument AnalyticsFilter filter, @Argument Integer first) {
        return referrals.prospectReach(prospectId, filter, first == null ? 20 : first);
    }
}
