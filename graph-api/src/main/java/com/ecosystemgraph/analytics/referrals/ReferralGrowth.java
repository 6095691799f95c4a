package com.ecosystemgraph.analytics.referrals;

import static com.ecosystemgraph.analytics.Limits.MIN_CLOSED_DEALS;
import static com.ecosystemgraph.analytics.Limits.MIN_WON_DEALS;

import com.ecosystemgraph.analytics.Statistics;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The ecosystem's growth curve with the share that came through referrals (docs/analytics.md#7):
 * cumulative signed partners, customers and won revenue at the end of each period.
 */
public record ReferralGrowth(LocalDate asOf, GrowthInterval interval, List<GrowthPoint> periods, List<String> notes) {

    /** Period length. */
    public enum GrowthInterval {
        MONTH("month"), QUARTER("quarter");

        final String unit;

        GrowthInterval(String unit) {
            this.unit = unit;
        }
    }

    /** Cumulative figures at the end of one period (start inclusive). */
    public record GrowthPoint(LocalDate start, LocalDate end, Series partners, Series customers, Series revenue) {
    }

    /**
     * One cumulative series: the total, the part referred directly and the part that came through
     * referrals (transitively), with their shares (null below the tiny-data minimum); added = in the period.
     */
    public record Series(double total, double added, double referred, double throughReferrals, Double referredShare,
            Double throughReferralsShare) {
    }

    /** Signed partners added in one period, and how many of them were referred. */
    record PartnerGrowthRow(LocalDate period, long added, long referred) {
    }

    /** Customers won for the first time and won revenue in one period, with the referred parts. */
    record CustomerGrowthRow(LocalDate period, long customers, long customersReferred, long customersThrough, long wonDeals,
            double revenue, double revenueReferred, double revenueThrough) {
    }

    /**
     * The curve from the additions per period: cumulated from the first period with any addition up
     * to the as-of date (null: the last period with an addition), shown from the period holding
     * {@code from} (null: all).
     */
    static ReferralGrowth of(List<PartnerGrowthRow> partners, List<CustomerGrowthRow> customers, LocalDate givenAsOf, LocalDate from,
            GrowthInterval interval) {
        List<String> notes = new ArrayList<>();
        if (partners.isEmpty() && customers.isEmpty()) {
            notes.add("no signed partner and no won deal up to the as-of date; no growth curve");
            return new ReferralGrowth(givenAsOf, interval, List.of(), notes);
        }
        Map<LocalDate, PartnerGrowthRow> partnerBy = new TreeMap<>();
        partners.forEach(p -> partnerBy.put(p.period(), p));
        Map<LocalDate, CustomerGrowthRow> customerBy = new TreeMap<>();
        customers.forEach(c -> customerBy.put(c.period(), c));
        LocalDate start = Stream.concat(partnerBy.keySet().stream(), customerBy.keySet().stream()).min(Comparator.naturalOrder())
                .orElseThrow();
        LocalDate asOf = givenAsOf != null
                ? givenAsOf
                : Stream.concat(partnerBy.keySet().stream(), customerBy.keySet().stream()).max(Comparator.naturalOrder()).orElseThrow();
        LocalDate shownFrom = from == null ? start : truncate(from, interval);
        List<GrowthPoint> points = curve(partnerBy, customerBy, start, asOf, shownFrom, interval);
        notes.add("shares are null while fewer than " + MIN_CLOSED_DEALS + " partners or customers (or "
                + MIN_WON_DEALS + " won deals for revenue) have accumulated");
        return new ReferralGrowth(givenAsOf, interval, points, notes);
    }

    private static List<GrowthPoint> curve(Map<LocalDate, PartnerGrowthRow> partnerBy, Map<LocalDate, CustomerGrowthRow> customerBy,
            LocalDate start, LocalDate asOf, LocalDate shownFrom, GrowthInterval interval) {
        long[] p = new long[2];
        long[] c = new long[4];
        double[] r = new double[3];
        List<GrowthPoint> points = new ArrayList<>();
        for (LocalDate period = start; !period.isAfter(asOf); period = next(period, interval)) {
            PartnerGrowthRow pr = partnerBy.get(period);
            CustomerGrowthRow cr = customerBy.get(period);
            long addedPartners = pr == null ? 0 : pr.added();
            long addedCustomers = cr == null ? 0 : cr.customers();
            double addedRevenue = cr == null ? 0 : cr.revenue();
            p[0] += addedPartners;
            p[1] += pr == null ? 0 : pr.referred();
            c[0] += addedCustomers;
            c[1] += cr == null ? 0 : cr.customersReferred();
            c[2] += cr == null ? 0 : cr.customersThrough();
            c[3] += cr == null ? 0 : cr.wonDeals();
            r[0] += addedRevenue;
            r[1] += cr == null ? 0 : cr.revenueReferred();
            r[2] += cr == null ? 0 : cr.revenueThrough();
            if (period.isBefore(shownFrom)) {
                continue;
            }
            LocalDate end = next(period, interval).minusDays(1);
            // a partner enters only by signing, so "through referrals" is "referred" for partners
            points.add(new GrowthPoint(period, end.isAfter(asOf) ? asOf : end,
                    new Series(p[0], addedPartners, p[1], p[1], Statistics.rate(p[1], p[0], MIN_CLOSED_DEALS),
                            Statistics.rate(p[1], p[0], MIN_CLOSED_DEALS)),
                    new Series(c[0], addedCustomers, c[1], c[2], Statistics.rate(c[1], c[0], MIN_CLOSED_DEALS),
                            Statistics.rate(c[2], c[0], MIN_CLOSED_DEALS)),
                    new Series(r[0], addedRevenue, r[1], r[2], c[3] >= MIN_WON_DEALS && r[0] > 0 ? r[1] / r[0] : null,
                            c[3] >= MIN_WON_DEALS && r[0] > 0 ? r[2] / r[0] : null)));
        }
        return points;
    }

    static LocalDate truncate(LocalDate date, GrowthInterval interval) {
        return switch (interval) {
            case MONTH -> date.withDayOfMonth(1);
            case QUARTER -> LocalDate.of(date.getYear(), (date.getMonthValue() - 1) / 3 * 3 + 1, 1);
        };
    }

    private static LocalDate next(LocalDate period, GrowthInterval interval) {
        return interval == GrowthInterval.MONTH ? period.plusMonths(1) : period.plusMonths(3);
    }
}
