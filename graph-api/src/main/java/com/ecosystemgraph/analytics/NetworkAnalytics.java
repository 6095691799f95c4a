package com.ecosystemgraph.analytics;

import com.ecosystemgraph.analytics.ChannelConflicts.ChannelConflict;
import com.ecosystemgraph.analytics.ChannelConflicts.ConflictDeal;
import com.ecosystemgraph.analytics.ChannelConflicts.ConflictKind;
import com.ecosystemgraph.analytics.ChannelConflicts.Protection;
import com.ecosystemgraph.analytics.ChannelConflicts.ProtectionSide;
import com.ecosystemgraph.analytics.ChannelConflicts.Registration;
import com.ecosystemgraph.analytics.ChannelConflicts.SideOutcome;
import com.ecosystemgraph.analytics.NetworkRepository.ConflictRow;
import com.ecosystemgraph.analytics.NetworkRepository.ConflictsRow;
import com.ecosystemgraph.analytics.NetworkRepository.CustomerGrowthRow;
import com.ecosystemgraph.analytics.NetworkRepository.DealRow;
import com.ecosystemgraph.analytics.NetworkRepository.PartnerGrowthRow;
import com.ecosystemgraph.analytics.NetworkRepository.RegistrationRow;
import com.ecosystemgraph.analytics.ReferralGrowth.GrowthInterval;
import com.ecosystemgraph.analytics.ReferralGrowth.GrowthPoint;
import com.ecosystemgraph.analytics.ReferralGrowth.Series;
import com.ecosystemgraph.graph.DealOutcome;
import com.ecosystemgraph.graph.DealSource;
import com.ecosystemgraph.graph.RegistrationStage;
import com.ecosystemgraph.graphql.BadRequestException;
import com.ecosystemgraph.graphql.NotFoundException;
import com.ecosystemgraph.graph.DealRole;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.stereotype.Service;

/**
 * Channel conflicts (docs/analytics.md#5), the referral growth curve and a prospect's marginal reach
 * (docs/analytics.md#7), computed from the aggregates of {@link NetworkRepository}.
 */
@Service
class NetworkAnalytics {

    static final int MAX_WINDOW_DAYS = 365;
    static final int MAX_FIRST = 100;

    /**
     * Registration stages that carry qualification evidence: the partner registered before we
     * contacted the account or right after the first meeting. A late-stage registration arrives once
     * the opportunity is already qualified by someone else, and an unregistered row is no claim.
     */
    static final Set<RegistrationStage> QUALIFIED = EnumSet.of(RegistrationStage.BEFORE_CONTACT, RegistrationStage.AFTER_FIRST_MEETING);

    private final NetworkRepository repository;

    NetworkAnalytics(NetworkRepository repository) {
        this.repository = repository;
    }

    // ---------------------------------------------------------------- 5. channel conflict

    ChannelConflicts conflicts(AnalyticsFilter given, int windowDays, int first) {
        Limits.checkFirst(first, MAX_FIRST);
        return conflicts(given, windowDays, (long) first);
    }

    /** Every conflict when limit is null (the planted-effects test needs the complete list). */
    ChannelConflicts conflicts(AnalyticsFilter given, int windowDays, Long limit) {
        if (windowDays < 1 || windowDays > MAX_WINDOW_DAYS) {
            throw new BadRequestException(
                    "windowDays must be 1 to " + MAX_WINDOW_DAYS + " (days between two channels' claims), was " + windowDays);
        }
        AnalyticsFilter filter = AnalyticsFilter.resolved(given, repository::snapshotDate);
        ConflictsRow row = repository.conflicts(filter, windowDays);
        List<ChannelConflict> all = new ArrayList<>();
        for (ConflictRow customer : row.conflicts()) {
            for (ConflictRow c : episodes(customer)) {
                if (filter.partnerFiltered()
                        && c.deals().stream().flatMap(d -> d.registrations().stream()).noneMatch(RegistrationRow::matches)) {
                    continue;
                }
                all.add(conflict(c));
            }
        }
        all.sort(Comparator.comparingDouble(ChannelConflict::amount).reversed().thenComparing(ChannelConflict::customerId));
        List<ConflictDeal> protectedDeals = new ArrayList<>();
        List<ConflictDeal> unprotectedDeals = new ArrayList<>();
        all.forEach(c -> c.deals().forEach(d -> (d.holdsProtection() ? protectedDeals : unprotectedDeals).add(d)));
        List<String> notes = new ArrayList<>();
        long customers = all.stream().map(ChannelConflict::customerId).distinct().count();
        Double share = Statistics.rate(customers, row.customersWithDeals(), Analytics.MIN_CLOSED_DEALS);
        if (share == null) {
            notes.add("fewer than " + Analytics.MIN_CLOSED_DEALS + " customers with deals in the period (" + row.customersWithDeals()
                    + "); share of conflicted customers not reported");
        }
        if (all.isEmpty()) {
            notes.add("no channel conflict within " + windowDays + " days in the period");
        }
        long withoutHolder = all.stream().filter(c -> c.protection().side() == ProtectionSide.NONE).count();
        if (withoutHolder > 0) {
            notes.add(withoutHolder
                    + " conflicts without a qualified registration or direct deal to protect: all their deals count as unprotected");
        }
        return new ChannelConflicts(filter.asOf(), filter.from(), windowDays, row.customersWithDeals(), customers, share,
                all.stream().filter(c -> c.kinds().contains(ConflictKind.PARTNER_PARTNER)).map(ChannelConflict::customerId).distinct()
                        .count(),
                all.stream().filter(c -> c.kinds().contains(ConflictKind.PARTNER_DIRECT)).map(ChannelConflict::customerId).distinct()
                        .count(),
                all.stream().mapToDouble(ChannelConflict::amount).sum(), side(protectedDeals), side(unprotectedDeals),
                all.stream().limit(limit == null ? Long.MAX_VALUE : limit).toList(), notes);
    }

    /**
     * Splits a conflicted customer into its episodes: groups of deals linked by collisions (connected
     * components of the colliding pairs). Two collisions months apart at one account are two
     * conflicts, each with its own protection holder.
     */
    static List<ConflictRow> episodes(ConflictRow customer) {
        Map<String, String> parent = new java.util.HashMap<>();
        customer.deals().forEach(d -> parent.put(d.id(), d.id()));
        for (NetworkRepository.PairRow p : customer.pairs()) {
            parent.put(root(parent, p.a()), root(parent, p.b()));
        }
        Map<String, List<DealRow>> deals = new TreeMap<>();
        customer.deals().forEach(d -> deals.computeIfAbsent(root(parent, d.id()), k -> new ArrayList<>()).add(d));
        Map<String, List<NetworkRepository.PairRow>> pairs = new TreeMap<>();
        customer.pairs().forEach(p -> pairs.computeIfAbsent(root(parent, p.a()), k -> new ArrayList<>()).add(p));
        return pairs.entrySet().stream().map(e -> new ConflictRow(customer.customerId(), customer.customerName(), customer.industry(),
                customer.region(), e.getValue(), deals.get(e.getKey()))).toList();
    }

    private static String root(Map<String, String> parent, String id) {
        String r = id;
        while (!parent.get(r).equals(r)) {
            r = parent.get(r);
        }
        return r;
    }

    /** One conflict (an episode at one customer): kinds, protection and its deals. */
    static ChannelConflict conflict(ConflictRow c) {
        List<ConflictKind> kinds = c.pairs().stream().map(p -> ConflictKind.valueOf(p.kind())).distinct().sorted().toList();
        Protection protection = protection(c.deals());
        Set<String> protectedIds = new java.util.HashSet<>();
        for (DealRow d : c.deals()) {
            boolean holds = switch (protection.side()) {
                case PARTNER -> d.registrations().stream().anyMatch(r -> r.partnerId().equals(protection.partnerId()));
                case DIRECT -> d.direct();
                case NONE -> false;
            };
            if (holds) {
                protectedIds.add(d.id());
            }
        }
        List<ConflictDeal> deals = c.deals().stream()
                .sorted(Comparator.comparing(DealRow::createdOn, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(DealRow::id))
                .map(d -> new ConflictDeal(d.id(), StoredValues.enumOf(DealSource.class, d.source()), d.amount(),
                        StoredValues.enumOf(DealOutcome.class, d.outcome()),
                        d.createdOn(), d.closedOn(), protectedIds.contains(d.id()), d.registrations().stream().map(r -> new Registration(
                                r.partnerId(), r.partnerName(), StoredValues.enumOf(DealRole.class, r.role()), r.registeredOn(),
                                StoredValues.enumOf(RegistrationStage.class, r.stage()), qualified(r))).toList()))
                .toList();
        return new ChannelConflict(c.customerId(), c.customerName(), c.industry(), c.region(), kinds.getFirst(), kinds,
                deals.stream().mapToDouble(ConflictDeal::amount).sum(), protection, deals);
    }

    /**
     * The earliest qualified registration among the colliding deals holds protection, against other
     * partners and against our direct team alike (that is what deal registration promises); ties go
     * to the earlier stage, then the lower ids so the answer is stable. Without any qualified
     * registration nobody earned protection, and the account stays with the direct deal if there is
     * one (the earliest).
     */
    static Protection protection(List<DealRow> deals) {
        record Claim(LocalDate on, int stage, String partnerId, String partnerName, String dealId, RegistrationStage st) {
        }
        List<Claim> registrations = new ArrayList<>();
        for (DealRow d : deals) {
            for (RegistrationRow r : d.registrations()) {
                if (qualified(r)) {
                    RegistrationStage stage = StoredValues.enumOf(RegistrationStage.class, r.stage());
                    registrations.add(new Claim(r.registeredOn(), stage.ordinal(), r.partnerId(), r.partnerName(), d.id(), stage));
                }
            }
        }
        Optional<Protection> partner = registrations.stream()
                .min(Comparator.comparing(Claim::on).thenComparingInt(Claim::stage).thenComparing(Claim::partnerId)
                        .thenComparing(Claim::dealId))
                .map(c -> new Protection(ProtectionSide.PARTNER, c.partnerId(), c.partnerName(), c.dealId(), c.on(), c.st(),
                        "earliest qualified registration (" + StoredValues.lower(c.st()) + " on " + c.on() + ")"));
        return partner.or(() -> deals.stream().filter(d -> d.direct() && d.createdOn() != null)
                .min(Comparator.comparing(DealRow::createdOn).thenComparing(DealRow::id))
                .map(d -> new Protection(ProtectionSide.DIRECT, null, null, d.id(), d.createdOn(), null,
                        "no qualified registration: the direct deal created on " + d.createdOn() + " keeps the account")))
                .orElse(new Protection(ProtectionSide.NONE, null, null, null, null, null,
                        "no qualified registration (before_contact or after_first_meeting) and no direct deal: nobody holds protection"));
    }

    private static boolean qualified(RegistrationRow r) {
        RegistrationStage stage = StoredValues.enumOf(RegistrationStage.class, r.stage());
        return r.registeredOn() != null && stage != null && QUALIFIED.contains(stage);
    }

    private static SideOutcome side(List<ConflictDeal> deals) {
        long won = deals.stream().filter(d -> d.outcome() == DealOutcome.WON).count();
        long lost = deals.stream().filter(d -> d.outcome() == DealOutcome.LOST).count();
        return new SideOutcome(deals.size(), won, lost, deals.size() - won - lost, deals.stream().mapToDouble(ConflictDeal::amount).sum(),
                deals.stream().filter(d -> d.outcome() == DealOutcome.WON).mapToDouble(ConflictDeal::amount).sum(),
                Statistics.rate(won, won + lost, Analytics.MIN_CLOSED_DEALS));
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
