package com.ecosystemgraph.analytics.referrals;

import com.ecosystemgraph.availability.GraphDataScience;
import com.ecosystemgraph.analytics.AnalyticsFilter;
import com.ecosystemgraph.graph.Periods;
import com.ecosystemgraph.analytics.Limits;
import com.ecosystemgraph.analytics.NetworkCredit;
import com.ecosystemgraph.analytics.referrals.ReferralGrowth.GrowthInterval;
import com.ecosystemgraph.analytics.referrals.ReferralNetwork.ReferralReach;
import com.ecosystemgraph.graphql.BadRequestException;
import com.ecosystemgraph.graphql.NotFoundException;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The referral analyses (docs/analytics.md#7): reach and the referrers' ranking, the network's
 * structure (GDS), the growth curve and a prospect's marginal reach; checks the arguments, reads
 * the rows ({@link ReferralQuery}), computes the results.
 */
@Service
public class ReferralAnalysis {

    private final Periods periods;
    private final ReferralQuery query;
    private final GraphDataScience gds;

    ReferralAnalysis(Periods periods, ReferralQuery query, GraphDataScience gds) {
        this.gds = gds;
        this.periods = periods;
        this.query = query;
    }

    public ReferralReach reach(String partnerId, AnalyticsFilter given, int maxHops, double decay) {
        AnalyticsFilter filter = AnalyticsFilter.resolved(given, periods);
        NetworkCredit.checkReach(maxHops, decay);
        if (!query.partnerExists(partnerId)) {
            throw new NotFoundException("no partner with id '" + partnerId + "'");
        }
        return query.reach(filter, List.of(partnerId), maxHops, decay).stream().findFirst()
                .map(r -> ReferralNetwork.reach(r, maxHops, decay))
                .orElse(new ReferralReach(partnerId, null, maxHops, decay, 0, 0, 0, 0, 0, 0, 0));
    }

    public ReferralNetwork network(AnalyticsFilter given, int maxHops, double decay, int first) {
        AnalyticsFilter filter = AnalyticsFilter.resolved(given, periods);
        NetworkCredit.checkReach(maxHops, decay);
        return ReferralNetwork.of(query.reach(filter, null, maxHops, decay), filter.asOf(), maxHops, decay, first);
    }

    public ReferralStructure structure(List<String> personaliseOn, int first) {
        return structure(null, personaliseOn, first, 0);
    }

    /** As of the filter's date: referrals dated after it are left out of the projection (docs/analytics.md#7). */
    public ReferralStructure structure(AnalyticsFilter given, List<String> personaliseOn, int first) {
        return structure(given, personaliseOn, first, 0);
    }

    /** As of the filter's date, with the network itself (at most graphLimit nodes, 1 to 5000) when graphLimit > 0. */
    public ReferralStructure structure(AnalyticsFilter given, List<String> personaliseOn, int first, int graphLimit) {
        if (personaliseOn != null && personaliseOn.size() > 250) {
            throw new BadRequestException("personaliseOn takes at most 250 ids, got " + personaliseOn.size());
        }
        if (graphLimit < 0 || graphLimit > 5_000) {
            throw new BadRequestException("'graphLimit' must be between 1 and 5000, got " + graphLimit);
        }
        gds.require("The referral structure");
        AnalyticsFilter filter = AnalyticsFilter.resolved(given, periods);
        return query.referralStructure(filter.asOf(), personaliseOn == null || personaliseOn.isEmpty() ? null : personaliseOn, first,
                graphLimit);
    }

    public ReferralGrowth growth(AnalyticsFilter given, GrowthInterval interval) {
        AnalyticsFilter filter = AnalyticsFilter.resolved(given, periods);
        return ReferralGrowth.of(query.partnerGrowth(filter, interval.unit), query.customerGrowth(filter, interval.unit), filter.asOf(),
                filter.from(), interval);
    }

    public ProspectReach prospectReach(String prospectId, AnalyticsFilter given, int first) {
        Limits.checkFirst(first, Limits.MAX_FIRST);
        if (prospectId == null || prospectId.isBlank()) {
            throw new BadRequestException("prospectId must not be blank");
        }
        ReferralQuery.StatusRow status = query.status(prospectId)
                .orElseThrow(() -> new NotFoundException("no partner or prospect with id '" + prospectId + "'"));
        if (!"prospect".equals(status.status())) {
            throw new BadRequestException("prospectId '" + prospectId + "' is a signed partner (status " + status.status()
                    + "), not a prospect: marginal reach is measured for prospects only");
        }
        AnalyticsFilter filter = AnalyticsFilter.resolved(given, periods);
        return ProspectReach.of(query.prospectReach(prospectId, filter, first)
                .orElseThrow(() -> new NotFoundException("no partner or prospect with id '" + prospectId + "'")));
    }

    /** The prospect serving the most customers, or null without prospects (the bench times its reach). */
    public String busiestProspect() {
        return query.busiestProspect().orElse(null);
    }
}
