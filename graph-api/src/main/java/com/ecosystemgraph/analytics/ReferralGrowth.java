package com.ecosystemgraph.analytics;

import java.time.LocalDate;
import java.util.List;

/**
 * The ecosystem's growth curve with the share that came through referrals (docs/analytics.md#7):
 * cumulative signed partners, customers and won revenue at the end of each period.
 */
record ReferralGrowth(LocalDate asOf, GrowthInterval interval, List<GrowthPoint> periods, List<String> notes) {

    /** Period length. */
    enum GrowthInterval {
        MONTH("month"), QUARTER("quarter");

        final String unit;

        GrowthInterval(String unit) {
            this.unit = unit;
        }
    }

    /** Cumulative figures at the end of one period (start inclusive). */
    record GrowthPoint(LocalDate start, LocalDate end, Series partners, Series customers, Series revenue) {
    }

    /**
     * One cumulative series: the total, the part referred directly and the part that came through
     * referrals (transitively), with their shares (null below the tiny-data minimum); added = in the period.
     */
    record Series(double total, double added, double referred, double throughReferrals, Double referredShare,
            Double throughReferralsShare) {
    }
}
