package com.ecosystemgraph.analytics;

import com.ecosystemgraph.analytics.AnalyticsRepository.PairRow;
import com.ecosystemgraph.analytics.AnalyticsRepository.PartnerRow;
import com.ecosystemgraph.analytics.AnalyticsRepository.SourceRow;
import com.ecosystemgraph.analytics.AnalyticsRepository.TotalsRow;
import com.ecosystemgraph.analytics.EcosystemKpis.SourceComparison;
import com.ecosystemgraph.analytics.EcosystemKpis.SourceKpis;
import com.ecosystemgraph.analytics.EcosystemKpis.TimeToFirstDeal;
import com.ecosystemgraph.analytics.PartnerEconomics.PartnerEconomic;
import com.ecosystemgraph.analytics.PartnerReturns.Concentration;
import com.ecosystemgraph.analytics.PartnerReturns.Dilution;
import com.ecosystemgraph.analytics.PartnerReturns.GroupReturn;
import com.ecosystemgraph.analytics.PartnerReturns.ParetoPoint;
import com.ecosystemgraph.analytics.PartnerReturns.PartnerReturn;
import com.ecosystemgraph.analytics.ReferralNetwork.ReferralReach;
import com.ecosystemgraph.analytics.TierMismatches.PerformanceTier;
import com.ecosystemgraph.analytics.TierMismatches.TierMismatch;
import com.ecosystemgraph.analytics.ValueCombinations.Member;
import com.ecosystemgraph.analytics.ValueCombinations.ValueCombination;
import com.ecosystemgraph.deal.DealSource;
import com.ecosystemgraph.graphql.BadRequestException;
import com.ecosystemgraph.graphql.NotFoundException;
import com.ecosystemgraph.partner.PartnerTier;
import com.ecosystemgraph.partner.PartnerType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.springframework.stereotype.Service;

/** Computes the analytics from the repository's aggregates (formulas: docs/analytics.md). */
@Service
class Analytics {

    /** Below this many closed deals a win rate (and ratios built on it) is not reported. */
    static final int MIN_CLOSED_DEALS = 5;
    /** Below this many won deals an average deal size or a median cycle is not reported. */
    static final int MIN_WON_DEALS = 3;
    /** Below this many partners concentration figures are not reported. */
    static final int MIN_PARTNERS = 5;
    /** Below this many tenured partners quartiles are too coarse to call anyone diluted. */
    static final int MIN_DILUTION_PARTNERS = 8;
    /** False discovery rate of the value-combination tests. */
    static final double FDR = 0.05;

    private final AnalyticsRepository repository;

    Analytics(AnalyticsRepository repository) {
        this.repository = repository;
    }

    // ---------------------------------------------------------------- 1. attribution and KPIs

    EcosystemKpis kpis(AnalyticsFilter given) {
        AnalyticsFilter filter = resolve(given);
        List<SourceRow> rows = repository.bySource(filter);
        AnalyticsRepository.ActivityRow activity = repository.activity(filter);
        List<String> notes = new ArrayList<>();
        Map<DealSource, SourceRow> bySource = new EnumMap<>(DealSource.class);
        for (SourceRow row : rows) {
            bySource.put(DealSource.valueOf(row.source().toUpperCase(Locale.ROOT)), row);
        }
        double totalWon = rows.stream().mapToDouble(SourceRow::wonAmount).sum();
        List<SourceKpis> sources = new ArrayList<>();
        for (DealSource source : DealSource.values()) {
            SourceRow r = bySource.getOrDefault(source, new SourceRow(source.name(), 0, 0, 0, 0, 0, 0, 0, null));
            long closed = r.won() + r.lost();
            if (closed < MIN_CLOSED_DEALS) {
                notes.add(lower(source) + ": fewer than " + MIN_CLOSED_DEALS + " closed deals (" + closed + "); win rate not reported");
            }
            boolean enoughWon = r.won() >= MIN_WON_DEALS;
            if (!enoughWon && closed >= MIN_CLOSED_DEALS) {
                notes.add(lower(source) + ": fewer than " + MIN_WON_DEALS + " won deals (" + r.won() + "); deal size and cycle not reported");
            }
            sources.add(new SourceKpis(source, r.pipelineDeals(), r.pipelineAmount(), r.openDeals(), r.openAmount(), r.won(), r.lost(),
                    r.wonAmount(), Statistics.rate(r.won(), closed, MIN_CLOSED_DEALS), Statistics.wilson(r.won(), closed),
                    enoughWon ? r.wonAmount() / r.won() : null, enoughWon ? r.medianDaysToClose() : null,
                    totalWon > 0 ? r.wonAmount() / totalWon : null));
        }
        if (totalWon <= 0) {
            notes.add("no won deals in the period; revenue shares not reported");
        }
        SourceKpis direct = sources.get(DealSource.DIRECT.ordinal());
        List<SourceComparison> comparisons = new ArrayList<>();
        for (SourceKpis s : sources) {
            if (s.source() != DealSource.DIRECT) {
                comparisons.add(new SourceComparison(s.source(), Statistics.ratio(s.winRate(), direct.winRate()),
                        Statistics.ratio(s.averageWonAmount(), direct.averageWonAmount()),
                        Statistics.ratio(direct.medianDaysToClose(), s.medianDaysToClose())));
            }
        }
        double sourced = sources.get(DealSource.PARTNER_SOURCED.ordinal()).wonAmount();
        double driven = sourced + sources.get(DealSource.CO_SOLD.ordinal()).wonAmount();
        double[] days = activity.daysToFirstDeal().stream().mapToDouble(Long::doubleValue).toArray();
        long within90 = activity.daysToFirstDeal().stream().filter(d -> d <= 90).count();
        TimeToFirstDeal first = new TimeToFirstDeal(days.length + activity.signedWithoutDeal(), activity.signedWithoutDeal(),
                days.length >= MIN_WON_DEALS ? Statistics.quantile(days, 0.5) : null, Statistics.rate(within90, days.length, MIN_WON_DEALS));
        if (activity.activePartners() == 0) {
            notes.add("no active partner matches; revenue per active partner not reported");
        }
        Double registration = Statistics.rate(activity.registeredRows(), activity.partnerDealRows(), MIN_CLOSED_DEALS);
        if (registration == null) {
            notes.add("fewer than " + MIN_CLOSED_DEALS + " partner deal registrations; registration rate not reported");
        }
        return new EcosystemKpis(filter.asOf(), filter.from(), sources, totalWon,
                totalWon > 0 ? sourced / totalWon : null, totalWon > 0 ? driven / totalWon : null, activity.activePartners(),
                activity.activePartners() > 0 ? driven / activity.activePartners() : null, registration, first, comparisons, notes);
    }

    // ---------------------------------------------------------------- 2. returns, concentration, dilution

    PartnerReturns returns(AnalyticsFilter given, int first) {
        AnalyticsFilter filter = resolve(given);
        List<PartnerRow> rows = repository.partners(filter);
        List<String> notes = new ArrayList<>();
        LocalDate asOf = filter.asOf();
        List<PartnerReturn> all = rows.stream().map(Analytics::partnerReturn).toList();
        double revenue = all.stream().mapToDouble(PartnerReturn::revenue).sum();
        double influenced = all.stream().mapToDouble(PartnerReturn::influencedRevenue).sum();
        double investment = all.stream().mapToDouble(PartnerReturn::investment).sum();
        List<PartnerReturn> top = all.stream().sorted(Comparator.comparingDouble(PartnerReturn::revenue).reversed()
                .thenComparing(PartnerReturn::id)).limit(first).toList();

        double[] revenues = all.stream().mapToDouble(PartnerReturn::revenue).toArray();
        boolean enough = revenues.length >= MIN_PARTNERS && revenue > 0;
        if (!enough) {
            notes.add("fewer than " + MIN_PARTNERS + " partners with revenue in the period; concentration not reported");
        }
        Concentration concentration = new Concentration(revenues.length, all.stream().filter(p -> p.revenue() > 0).count(),
                enough ? Statistics.topShare(revenues, 0.10) : null, enough ? Statistics.topShare(revenues, 0.20) : null,
                enough ? Statistics.gini(revenues) : null, enough ? pareto(revenues) : List.of());

        List<PartnerRow> tenured = rows.stream().filter(r -> r.signedOn() != null && !r.signedOn().isAfter(r.asOf().minusMonths(12))).toList();
        Dilution dilution;
        if (tenured.size() < MIN_DILUTION_PARTNERS || tenured.stream().allMatch(r -> r.investment() == 0)) {
            notes.add("fewer than " + MIN_DILUTION_PARTNERS + " partners with 12 months' tenure and investment; dilution not reported");
            dilution = new Dilution(tenured.size(), null, null, 0, List.of());
        } else {
            // outcome relative to support: partner-driven revenue per invested dollar (a partner without investment has absorbed nothing)
            double investmentQ3 = Statistics.quantile(tenured.stream().mapToDouble(PartnerRow::investment).toArray(), 0.75);
            double returnQ1 = Statistics.quantile(tenured.stream().filter(r -> r.investment() > 0)
                    .mapToDouble(r -> r.revenue() / r.investment()).toArray(), 0.25);
            List<PartnerReturn> diluted = tenured.stream().filter(r -> r.investment() > 0 && r.investment() >= investmentQ3
                    && r.revenue() / r.investment() <= returnQ1).map(Analytics::partnerReturn)
                    .sorted(Comparator.comparingDouble(PartnerReturn::investment).reversed().thenComparing(PartnerReturn::id)).toList();
            dilution = new Dilution(tenured.size(), investmentQ3, returnQ1, diluted.stream().mapToDouble(PartnerReturn::investment).sum(),
                    diluted);
        }
        return new PartnerReturns(asOf, filter.from(), all.size(), revenue, influenced, investment,
                investment > 0 ? (revenue - investment) / investment : null, top,
                groups(all, p -> p.type() == null ? "unknown" : lower(p.type())),
                groups(all, p -> p.tier() == null ? "unknown" : lower(p.tier())), concentration, dilution, notes);
    }

    private static PartnerReturn partnerReturn(PartnerRow r) {
        double investment = r.investment();
        return new PartnerReturn(r.id(), r.name(), enumOf(PartnerType.class, r.type()), enumOf(PartnerTier.class, r.tier()), r.region(),
                r.revenue(), r.influenced(), investment, r.mdf(), r.enablement(), r.coMarketing(), r.support(),
                investment > 0 ? (r.revenue() - investment) / investment : null, r.mdf() > 0 ? r.revenue() / r.mdf() : null);
    }

    private static List<GroupReturn> groups(List<PartnerReturn> all, Function<PartnerReturn, String> key) {
        Map<String, List<PartnerReturn>> grouped = new TreeMap<>();
        all.forEach(p -> grouped.computeIfAbsent(key.apply(p), k -> new ArrayList<>()).add(p));
        List<GroupReturn> result = new ArrayList<>();
        grouped.forEach((k, list) -> {
            double revenue = list.stream().mapToDouble(PartnerReturn::revenue).sum();
            double investment = list.stream().mapToDouble(PartnerReturn::investment).sum();
            result.add(new GroupReturn(k, list.size(), revenue, list.stream().mapToDouble(PartnerReturn::influencedRevenue).sum(),
                    investment, investment > 0 ? (revenue - investment) / investment : null));
        });
        return result;
    }

    /** Pareto curve at every 5% of partners (sorted by revenue, largest first). */
    static List<ParetoPoint> pareto(double[] revenues) {
        List<ParetoPoint> points = new ArrayList<>();
        points.add(new ParetoPoint(0, 0));
        for (int step = 1; step <= 20; step++) {
            double share = step / 20.0;
            points.add(new ParetoPoint(share, Statistics.topShare(revenues, share)));
        }
        return points;
    }

    // ---------------------------------------------------------------- 3. performance tiers

    TierMismatches tiers(AnalyticsFilter given, int minSteps, int minTenureMonths) {
        AnalyticsFilter filter = resolve(given);
        if (minSteps < 1 || minSteps > 3) {
            throw new BadRequestException("minSteps must be 1 to 3 (tier steps apart), was " + minSteps);
        }
        if (minTenureMonths < 0 || minTenureMonths > 120) {
            throw new BadRequestException("minTenureMonths must be 0 to 120, was " + minTenureMonths);
        }
        List<PartnerRow> rows = repository.partners(filter).stream()
                .filter(r -> "active".equals(r.status()) && r.tier() != null && r.signedOn() != null
                        && !r.signedOn().isAfter(r.asOf().minusMonths(minTenureMonths)))
                .toList();
        List<TierMismatch> over = new ArrayList<>();
        List<TierMismatch> under = new ArrayList<>();
        long matching = 0;
        for (PartnerRow r : rows) {
            PartnerTier assigned = enumOf(PartnerTier.class, r.tier());
            PerformanceTier performance = PerformanceTier.of(r.trailingRevenue());
            int steps = TierMismatches.rank(assigned) - performance.ordinal();
            if (steps == 0) {
                matching++;
            }
            if (Math.abs(steps) < minSteps) {
                continue;
            }
            TierMismatch m = new TierMismatch(r.id(), r.name(), enumOf(PartnerType.class, r.type()), assigned, performance, steps,
                    r.trailingRevenue(), r.investment());
            (steps > 0 ? over : under).add(m);
        }
        over.sort(Comparator.comparingInt(TierMismatch::steps).reversed().thenComparing(TierMismatch::id));
        under.sort(Comparator.comparingDouble(TierMismatch::trailingRevenue).reversed().thenComparing(TierMismatch::id));
        List<String> notes = rows.isEmpty() ? List.of("no active partner with " + minTenureMonths + " months' tenure matches") : List.of();
        return new TierMismatches(filter.asOf(), rows.size(), matching, over, under,
                over.stream().mapToDouble(TierMismatch::trailingRevenue).sum(), under.stream().mapToDouble(TierMismatch::trailingRevenue).sum(),
                over.stream().mapToDouble(TierMismatch::investment).sum(), notes);
    }

    // ---------------------------------------------------------------- 4. partner economics

    PartnerEconomics economics(AnalyticsFilter given, double threshold, int first) {
        AnalyticsFilter filter = resolve(given);
        if (!(threshold > 0) || threshold > 100) {
            throw new BadRequestException("threshold must be above 0 and at most 100 (a multiple of the hourly rate), was " + threshold);
        }
        List<PartnerRow> rows = repository.partners(filter).stream().filter(r -> r.dealRows() > 0).toList();
        List<PartnerEconomic> evaluated = new ArrayList<>();
        for (PartnerRow r : rows) {
            if (r.hourlyRate() == null || r.hourlyRate() <= 0 || (r.hours() <= 0 && r.earnings() <= 0)) {
                continue;   // no opportunity cost or no work recorded: cannot judge
            }
            Double hourly = r.hours() > 0 ? r.earnings() / r.hours() : null;
            Double multiple = hourly == null ? null : hourly / r.hourlyRate();
            boolean atRisk = multiple != null && multiple < threshold;
            evaluated.add(new PartnerEconomic(r.id(), r.name(), enumOf(PartnerType.class, r.type()), r.earnings(), r.hours(), hourly,
                    r.hourlyRate(), multiple, atRisk));
        }
        long atRisk = evaluated.stream().filter(PartnerEconomic::atRisk).count();
        List<String> notes = new ArrayList<>();
        if (rows.size() > evaluated.size()) {
            notes.add((rows.size() - evaluated.size()) + " partners with deals have no hourly rate or no recorded hours and earnings; not judged");
        }
        if (evaluated.size() < MIN_PARTNERS) {
            notes.add("fewer than " + MIN_PARTNERS + " partners with hours and an hourly rate; at-risk share not reported");
        }
        List<PartnerEconomic> listed = evaluated.stream().sorted(Comparator.comparing(PartnerEconomic::multiple,
                Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(PartnerEconomic::id)).limit(first).toList();
        return new PartnerEconomics(filter.asOf(), threshold, rows.size(), evaluated.size(), atRisk,
                Statistics.rate(atRisk, evaluated.size(), MIN_PARTNERS), listed, notes);
    }

    // ---------------------------------------------------------------- 6. value combinations

    enum CombinationOrder { INCREMENTAL_REVENUE, WIN_RATE_LIFT, DEAL_SIZE, SPEED, RETENTION }

    ValueCombinations combinations(AnalyticsFilter given, int size, CombinationOrder order, int minSupport, int first) {
        AnalyticsFilter filter = resolve(given);
        if (size != 2) {
            throw new BadRequestException("size " + size + " is not supported: valueCombinations computes partner pairs (size 2) only");
        }
        if (minSupport < 2 || minSupport > 10_000) {
            throw new BadRequestException("minSupport must be 2 to 10000 joint deals, was " + minSupport);
        }
        List<SourceRow> sources = repository.bySource(new AnalyticsFilter(filter.asOf(), filter.from(), null, null, null));
        long won = sources.stream().mapToLong(SourceRow::won).sum();
        long lost = sources.stream().mapToLong(SourceRow::lost).sum();
        double wonAmount = sources.stream().mapToDouble(SourceRow::wonAmount).sum();
        Double baseline = Statistics.rate(won, won + lost, MIN_CLOSED_DEALS);
        Double baselineAmount = won >= MIN_WON_DEALS ? wonAmount / won : null;

        List<PairRow> pairs = repository.pairs(filter, minSupport);
        List<String> notes = new ArrayList<>();
        if (pairs.isEmpty()) {
            notes.add("no partner pair shares " + minSupport + " or more deals");
            return new ValueCombinations(filter.asOf(), size, minSupport, 0, baseline, baselineAmount, List.of(), notes);
        }
        List<String> ids = pairs.stream().flatMap(p -> java.util.stream.Stream.of(p.a(), p.b())).distinct().toList();
        Map<String, TotalsRow> totals = repository.totals(filter, ids);

        List<PairRow> tested = pairs.stream().filter(p -> p.won() + p.lost() >= MIN_CLOSED_DEALS).toList();
        if (tested.size() < pairs.size()) {
            notes.add((pairs.size() - tested.size()) + " pairs with fewer than " + MIN_CLOSED_DEALS + " closed joint deals not tested");
        }
        double[] p = new double[tested.size()];
        List<Member[]> members = new ArrayList<>();
        for (int i = 0; i < tested.size(); i++) {
            PairRow pair = tested.get(i);
            Member a = member(pair.a(), pair.aName(), totals.get(pair.a()), pair);
            Member b = member(pair.b(), pair.bName(), totals.get(pair.b()), pair);
            Member best = bestAlone(a, b);
            members.add(new Member[] {a, b});
            p[i] = Statistics.fisherGreater(pair.won(), pair.lost(), best.won(), best.lost());
        }
        double[] q = Statistics.benjaminiHochberg(p);
        List<ValueCombination> result = new ArrayList<>();
        for (int i = 0; i < tested.size(); i++) {
            PairRow pair = tested.get(i);
            Member[] m = members.get(i);
            long closed = pair.won() + pair.lost();
            double winRate = (double) pair.won() / closed;
            Member best = bestAlone(m[0], m[1]);
            double bestRate = best.winRate() == null ? 0 : best.winRate();
            double amount = pair.averageWonAmount() == null ? 0 : pair.averageWonAmount();
            List<Member> withLift = List.of(withLift(m[0], winRate), withLift(m[1], winRate));
            result.add(new ValueCombination(withLift, pair.support(), pair.won(), pair.lost(), winRate,
                    Statistics.wilson(pair.won(), closed), pair.averageWonAmount(), pair.averageDaysToClose(), pair.customers(),
                    pair.customers() > 0 ? 1 - (double) pair.churnedCustomers() / pair.customers() : null,
                    best.winRate() == null ? null : Statistics.ratio(winRate, best.winRate()), Statistics.ratio(winRate, baseline), p[i], q[i],
                    q[i] <= FDR, (winRate - bestRate) * pair.support() * amount));
        }
        result.sort(comparator(order).thenComparing(c -> c.members().getFirst().id()).thenComparing(c -> c.members().getLast().id()));
        return new ValueCombinations(filter.asOf(), size, minSupport, tested.size(), baseline, baselineAmount,
                result.stream().limit(first).toList(), notes);
    }

    private static Comparator<ValueCombination> comparator(CombinationOrder order) {
        Comparator<Double> desc = Comparator.nullsLast(Comparator.<Double>reverseOrder());
        return switch (order) {
            case INCREMENTAL_REVENUE -> Comparator.comparing(ValueCombination::expectedIncrementalRevenue, desc);
            case WIN_RATE_LIFT -> Comparator.comparing(ValueCombination::liftOverBestMember, desc);
            case DEAL_SIZE -> Comparator.comparing(ValueCombination::averageWonAmount, desc);
            case SPEED -> Comparator.comparing(ValueCombination::averageDaysToClose, Comparator.nullsLast(Comparator.<Double>naturalOrder()));
            case RETENTION -> Comparator.comparing(ValueCombination::customerRetention, desc);
        };
    }

    /** The member's deals without the other member: its totals minus the joint deals. */
    private static Member member(String id, String name, TotalsRow totals, PairRow pair) {
        long deals = totals == null ? 0 : Math.max(0, totals.deals() - pair.support());
        long won = totals == null ? 0 : Math.max(0, totals.won() - pair.won());
        long lost = totals == null ? 0 : Math.max(0, totals.lost() - pair.lost());
        double jointWon = pair.averageWonAmount() == null ? 0 : pair.averageWonAmount() * pair.won();
        double wonAmount = totals == null ? 0 : Math.max(0, totals.wonAmount() - jointWon);
        return new Member(id, name, deals, won, lost, Statistics.rate(won, won + lost, MIN_CLOSED_DEALS),
                won >= MIN_WON_DEALS ? wonAmount / won : null, null);
    }

    private static Member withLift(Member m, double together) {
        return new Member(m.id(), m.name(), m.deals(), m.won(), m.lost(), m.winRate(), m.averageWonAmount(),
                Statistics.ratio(together, m.winRate()));
    }

    /** The member that wins more often alone (a member with too few closed deals alone counts as unknown, i.e. loses). */
    private static Member bestAlone(Member a, Member b) {
        double ra = a.winRate() == null ? -1 : a.winRate();
        double rb = b.winRate() == null ? -1 : b.winRate();
        return ra >= rb ? a : b;
    }

    // ---------------------------------------------------------------- 7. referral reach

    ReferralReach reach(String partnerId, AnalyticsFilter given, int maxHops, double decay) {
        AnalyticsFilter filter = resolve(given);
        checkReach(maxHops, decay);
        if (!repository.partnerExists(partnerId)) {
            throw new NotFoundException("no partner with id '" + partnerId + "'");
        }
        return repository.reach(filter, List.of(partnerId), maxHops, decay).stream().findFirst().map(r -> reach(r, maxHops, decay))
                .orElse(new ReferralReach(partnerId, null, maxHops, decay, 0, 0, 0, 0, 0, 0, 0));
    }

    ReferralNetwork network(AnalyticsFilter given, int maxHops, double decay, int first) {
        AnalyticsFilter filter = resolve(given);
        checkReach(maxHops, decay);
        List<ReferralReach> all = repository.reach(filter, null, maxHops, decay).stream().map(r -> reach(r, maxHops, decay))
                .sorted(Comparator.comparingDouble(ReferralReach::creditedRevenue).reversed().thenComparing(ReferralReach::id)).toList();
        return new ReferralNetwork(filter.asOf(), maxHops, decay, all.size(), all.stream().limit(first).toList());
    }

    ReferralStructure structure(List<String> personaliseOn, int first) {
        if (personaliseOn != null && personaliseOn.size() > 250) {
            throw new BadRequestException("personaliseOn takes at most 250 ids, got " + personaliseOn.size());
        }
        return repository.referralStructure(personaliseOn == null || personaliseOn.isEmpty() ? null : personaliseOn, first);
    }

    private static ReferralReach reach(AnalyticsRepository.ReachRow r, int maxHops, double decay) {
        return new ReferralReach(r.id(), r.name(), maxHops, decay, r.partners(), r.prospects(), r.customers(), r.directReferrals(),
                r.depth(), r.revenue(), r.creditedRevenue());
    }

    private static void checkReach(int maxHops, double decay) {
        if (maxHops < 1 || maxHops > 10) {
            throw new BadRequestException("maxHops must be 1 to 10, was " + maxHops);
        }
        if (!(decay > 0) || decay > 1) {
            throw new BadRequestException("decay must be above 0 and at most 1 (credit kept per further hop), was " + decay);
        }
    }

    // ---------------------------------------------------------------- helpers

    static void checkFirst(Integer first, int max) {
        if (first != null && (first < 1 || first > max)) {
            throw new BadRequestException("first must be 1 to " + max + ", was " + first);
        }
    }

    /** The filter with its as-of date resolved (the ecosystem's snapshot date when not given). */
    private AnalyticsFilter resolve(AnalyticsFilter filter) {
        AnalyticsFilter f = AnalyticsFilter.orNone(filter);
        return f.asOf() != null ? f : new AnalyticsFilter(repository.snapshotDate(), f.from(), f.partnerTypes(), f.regions(), f.tiers());
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String stored) {
        return stored == null ? null : Enum.valueOf(type, stored.toUpperCase(Locale.ROOT));
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

}
