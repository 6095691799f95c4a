package com.ecosystemgraph.analytics.returns;

import com.ecosystemgraph.analytics.AnalyticsFilter;
import com.ecosystemgraph.graph.Periods;
import com.ecosystemgraph.analytics.NetworkCredit;
import com.ecosystemgraph.graphql.BadRequestException;
import org.springframework.stereotype.Service;

/** Returns, concentration and dilution (docs/analytics.md#2): checks the arguments, reads the rows, computes {@link PartnerReturns}. */
@Service
public class ReturnAnalysis {

    /** The absolute floor of the dilution flag when none is given: a partner that does not return what it absorbs. */
    public static final double DEFAULT_DILUTION_FLOOR = 1.0;

    private final Periods periods;
    private final ReturnQuery query;

    ReturnAnalysis(Periods periods, ReturnQuery query) {
        this.periods = periods;
        this.query = query;
    }

    public PartnerReturns returns(AnalyticsFilter given, int first) {
        return returns(given, first, DEFAULT_DILUTION_FLOOR, NetworkCredit.DEFAULT_HOPS, NetworkCredit.DEFAULT_DECAY);
    }

    /**
     * Returns with referral credit (maxHops, decay as referralReach) and two dilution readings: the
     * absolute one (network-inclusive return per dollar below {@code floor} in the top investment
     * quartile) and the relative one on own revenue.
     */
    public PartnerReturns returns(AnalyticsFilter given, int first, double floor, int maxHops, double decay) {
        AnalyticsFilter filter = AnalyticsFilter.resolved(given, periods);
        if (!Double.isFinite(floor) || floor < 0) {
            throw new BadRequestException("dilutionFloor must be a number of 0 or more (revenue per invested dollar below which a"
                    + " top-quartile partner counts as diluted; 1 = it does not return what it absorbs), was " + floor);
        }
        NetworkCredit.checkReach(maxHops, decay);
        ReturnQuery.Rows rows = query.rows(filter, maxHops, decay);
        return PartnerReturns.of(rows.partners(), rows.referrals(), filter.asOf(), filter.from(), first, floor, maxHops, decay);
    }
}
