package com.ecosystemgraph.analytics;

import com.ecosystemgraph.analytics.NetworkRepository.CustomerGrowthRow;
import com.ecosystemgraph.analytics.NetworkRepository.PartnerGrowthRow;
import com.ecosystemgraph.analytics.ReferralGrowth.GrowthInterval;
import com.ecosystemgraph.analytics.ReferralGrowth.GrowthPoint;
import com.ecosystemgraph.analytics.ReferralGrowth.Series;
import com.ecosystemgraph.graphql.BadRequestException;
import com.ecosystemgraph.graphql.NotFoundException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Service;

/**
 * The referral growth curve and a prospect's marginal reach
 * (docs/analytics.md#7), computed from the aggregates of {@link NetworkRepository}.
 */
@Service
class NetworkAnalytics {

    static final int MAX_FIRST = 100;

    private final NetworkRepository repository;

    NetworkAnalytics(NetworkRepository repository) {
        this.repository = repository;
    }

    // ---------------------------------------------------------------- 7. referral growth curve

    ReferralGrowth growth(AnalyticsFilter given, GrowthInterval interval) {
        AnalyticsFilter filter = AnalyticsFilter.resolved(given, repository::snapshotDate);
        List<PartnerGrowthRow> partners = repository.partnerGrowth(filter, interval.unit);
        List<CustomerGrowthRow> customers = repository.customerGrowth(filter, interval.unit);
        List<String> notes = new ArrayList<>();
        if (partners.isEmpty() && customers.isEmpty()) {
            notes.add("no signed partner and no won deal up to the as-of date; no growth curve");
            return new ReferralGrowth(filter.asOf(), interval, List.of(), notes);
        }
        Map<LocalDate, PartnerGrowthRow> partnerBy = new TreeMap<>();
        partners.forEach(p -> partnerBy.put(p.period(), p));
        Map<LocalDate, CustomerGrowthRow> customerBy = new TreeMap<>();
        customers.forEach(c -> customerBy.put(c.period(), c));
        LocalDate start = java.util.stream.Stream.concat(partnerBy.keySet().stream(), customerBy.keySet().stream())
                .min(Comparator.naturalOrder()).orElseThrow();
        LocalDate asOf = filter.asOf() != null
                ? filter.asOf()
                : java.util.stream.Stream.concat(partnerBy.keySet().stream(), customerBy.keySet().stream()).max(Comparator.naturalOrder())
                        .orElseThrow();
        LocalDate shownFrom = filter.from() == null ? start : truncate(filter.from(), interval);
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
                    new Series(p[0], addedPartners, p[1], p[1], Statistics.rate(p[1], p[0], Analytics.MIN_CLOSED_DEALS),
                            Statistics.rate(p[1], p[0], Analytics.MIN_CLOSED_DEALS)),
                    new Series(c[0], addedCustomers, c[1], c[2], Statistics.rate(c[1], c[0], Analytics.MIN_CLOSED_DEALS),
                            Statistics.rate(c[2], c[0], Analytics.MIN_CLOSED_DEALS)),
                    new Series(r[0], addedRevenue, r[1], r[2], c[3] >= Analytics.MIN_WON_DEALS && r[0] > 0 ? r[1] / r[0] : null,
                            c[3] >= Analytics.MIN_WON_DEALS && r[0] > 0 ? r[2] / r[0] : null)));
        }
        notes.add("shares are null while fewer than " + Analytics.MIN_CLOSED_DEALS + " partners or customers (or "
                + Analytics.MIN_WON_DEALS + " won deals for revenue) have accumulated");
        return new ReferralGrowth(filter.asOf(), interval, points, notes);
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

    // ---------------------------------------------------------------- 7. prospect marginal reach

    ProspectReach prospectReach(String prospectId, AnalyticsFilter given, int first) {
        Limits.checkFirst(first, MAX_FIRST);
        if (prospectId == null || prospectId.isBlank()) {
            throw new BadRequestException("prospectId must not be blank");
        }
        NetworkRepository.StatusRow status = repository.status(prospectId)
                .orElseThrow(() -> new NotFoundException("no partner or prospect with id '" + prospectId + "'"));
        if (!"prospect".equals(status.status())) {
            throw new BadRequestException("prospectId '" + prospectId + "' is a signed partner (status " + status.status()
                    + "), not a prospect: marginal reach is measured for prospects only");
        }
        AnalyticsFilter filter = AnalyticsFilter.resolved(given, repository::snapshotDate);
        NetworkRepository.ReachRow r = repository.prospectReach(prospectId, filter, first).orElseThrow(
                () -> new NotFoundException("no partner or prospect with id '" + prospectId + "'"));
        List<String> notes = new ArrayList<>();
        if (r.served() == 0) {
            notes.add("the prospect serves none of our customers: new industries and regions come from its declared profile only");
        } else if (r.newCustomerCount() > r.newCustomers().size()) {
            notes.add("listing " + r.newCustomers().size() + " of " + r.newCustomerCount() + " new customers, largest ARR first");
        }
        return new ProspectReach(r.id(), r.name(), r.asOf(), r.served(), r.newCustomerCount(), r.newCustomerArr(), r.newCustomers(),
                r.newCells(), r.newIndustries(), r.newRegions(), notes);
    }

    /** The prospect serving the most customers, or null without prospects (the bench times its reach). */
    String busiestProspect() {
        return repository.busiestProspect().orElse(null);
    }
}
