package com.ecosystemgraph.analytics;

import com.ecosystemgraph.analytics.AnalyticsRepository.CustomerRow;
import com.ecosystemgraph.analytics.AnalyticsRepository.IntegrationPairRow;
import com.ecosystemgraph.analytics.AnalyticsRepository.IntegrationRow;
import com.ecosystemgraph.analytics.AnalyticsRepository.Measure;
import com.ecosystemgraph.analytics.AnalyticsRepository.PairTotalsRow;
import com.ecosystemgraph.analytics.AnalyticsRepository.PartnerRow;
import com.ecosystemgraph.analytics.AnalyticsRepository.SetRow;
import com.ecosystemgraph.analytics.AnalyticsRepository.SourceRow;
import com.ecosystemgraph.analytics.AnalyticsRepository.TotalsRow;
import com.ecosystemgraph.analytics.AnalyticsRepository.CellRow;
import com.ecosystemgraph.analytics.EcosystemKpis.AdjustedRatio;
import com.ecosystemgraph.analytics.EcosystemKpis.LikeForLike;
import com.ecosystemgraph.analytics.EcosystemKpis.SourceComparison;
import com.ecosystemgraph.analytics.EcosystemKpis.SourceKpis;
import com.ecosystemgraph.analytics.EcosystemKpis.TimeToFirstDeal;
import com.ecosystemgraph.analytics.IntegrationCombinations.IntegrationCombination;
import com.ecosystemgraph.analytics.IntegrationCombinations.IntegrationMember;
import com.ecosystemgraph.analytics.PartnerReturns.Concentration;
import com.ecosystemgraph.analytics.PartnerReturns.DilutedPartner;
import com.ecosystemgraph.analytics.PartnerReturns.Dilution;
import com.ecosystemgraph.analytics.PartnerReturns.GroupReturn;
import com.ecosystemgraph.analytics.PartnerReturns.ParetoPoint;
import com.ecosystemgraph.analytics.PartnerReturns.PartnerReturn;
import com.ecosystemgraph.analytics.ReferralNetwork.ReferralReach;
import com.ecosystemgraph.analytics.ValueCombinations.Member;
import com.ecosystemgraph.analytics.ValueCombinations.SubPair;
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
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.apache.commons.math3.stat.descriptive.StatisticalSummary;
import org.springframework.stereotype.Service;

/** Computes the analytics from the repository's aggregates (formulas: docs/analytics.md). */
@Service
class Analytics {

    /** Below this many closed deals a win rate (and ratios built on it) is not reported. */
    static final int MIN_CLOSED_DEALS = Limits.MIN_CLOSED_DEALS;
    /** Below this many won deals an average deal size or a median cycle is not reported. */
    static final int MIN_WON_DEALS = Limits.MIN_WON_DEALS;
    /** Below this many partners concentration figures are not reported. */
    static final int MIN_PARTNERS = Limits.MIN_PARTNERS;
    /** Below this many tenured partners quartiles are too coarse to call anyone diluted. */
    static final int MIN_DILUTION_PARTNERS = 8;
    /** False discovery rate of the value-combination tests. */
    static final double FDR = 0.05;

    private final AnalyticsRepository repository;
    private final NetworkCredit network;

    Analytics(AnalyticsRepository repository) {
        this.repository = repository;
        this.network = new NetworkCredit(repository);
    }

    // ---------------------------------------------------------------- 1. attribution and KPIs

    EcosystemKpis kpis(AnalyticsFilter given) {
        AnalyticsFilter filter = AnalyticsFilter.resolved(given, repository::snapshotDate);
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
                notes.add(StoredValues.lower(source) + ": fewer than " + MIN_CLOSED_DEALS + " closed deals (" + closed
                        + "); win rate not reported");
            }
            boolean enoughWon = r.won() >= MIN_WON_DEALS;
            if (!enoughWon && closed >= MIN_CLOSED_DEALS) {
                notes.add(StoredValues.lower(source) + ": fewer than " + MIN_WON_DEALS + " won deals (" + r.won()
                        + "); deal size and cycle not reported");
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
                        Statistics.ratio(direct.medianDaysToClose(), s.medianDaysToClose()), filter));
            }
        }
        double sourced = sources.get(DealSource.PARTNER_SOURCED.ordinal()).wonAmount();
        double driven = sourced + sources.get(DealSource.CO_SOLD.ordinal()).wonAmount();
        double[] days = activity.daysToFirstDeal().stream().mapToDouble(Long::doubleValue).toArray();
        long within90 = activity.daysToFirstDeal().stream().filter(d -> d <= 90).count();
        TimeToFirstDeal first = new TimeToFirstDeal(days.length + activity.signedWithoutDeal(), activity.signedWithoutDeal(),
                days.length >= MIN_WON_DEALS ? Statistics.quantile(days, 0.5) : null,
                Statistics.rate(within90, days.length, MIN_WON_DEALS));
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

    /**
     * Each partner source against direct deals like for like: within customer segment x industry x
     * region (docs/analytics.md#1). Reads every closed deal of the period once, for all sources.
     */
    Map<DealSource, LikeForLike> likeForLike(AnalyticsFilter resolved) {
        Map<DealSource, Map<String, CellRow>> bySource = new EnumMap<>(DealSource.class);
        for (CellRow row : repository.cells(resolved)) {
            DealSource source = StoredValues.enumOf(DealSource.class, row.source());
            bySource.computeIfAbsent(source, k -> new TreeMap<>()).put(row.segment() + "|" + row.industry() + "|" + row.region(), row);
        }
        Map<String, CellRow> direct = bySource.getOrDefault(DealSource.DIRECT, Map.of());
        Map<DealSource, LikeForLike> result = new EnumMap<>(DealSource.class);
        for (DealSource source : DealSource.values()) {
            if (source != DealSource.DIRECT) {
                result.put(source, likeForLike(source, bySource.getOrDefault(source, Map.of()), direct));
            }
        }
        return result;
    }

    private static LikeForLike likeForLike(DealSource source, Map<String, CellRow> partner, Map<String, CellRow> direct) {
        java.util.Set<String> cells = new java.util.TreeSet<>(partner.keySet());
        cells.addAll(direct.keySet());
        List<Ratios.Stratum> wins = new ArrayList<>();
        List<Ratios.Stratum> amounts = new ArrayList<>();
        List<Ratios.Stratum> cycles = new ArrayList<>();
        long shared = 0;
        CellRow none = new CellRow(null, null, null, null, 0, 0, 0, 0, 0, 0, 0, 0);
        for (String cell : cells) {
            CellRow p = partner.getOrDefault(cell, none);
            CellRow d = direct.getOrDefault(cell, none);
            Ratios.Stratum w = new Ratios.Stratum(Ratios.moments(0, 0, 0), Ratios.moments(0, 0, 0));
            w.groupEvents = p.won();
            w.groupTrials = p.won() + p.lost();
            w.referenceEvents = d.won();
            w.referenceTrials = d.won() + d.lost();
            wins.add(w);
            shared += w.comparableTrials() ? 1 : 0;
            amounts.add(new Ratios.Stratum(Ratios.moments(p.amounts(), p.amountSum(), p.amountSquares()),
                    Ratios.moments(d.amounts(), d.amountSum(), d.amountSquares())));
            cycles.add(new Ratios.Stratum(Ratios.moments(p.cycles(), p.logDaysSum(), p.logDaysSquares()),
                    Ratios.moments(d.cycles(), d.logDaysSum(), d.logDaysSquares())));
        }
        String name = StoredValues.lower(source);
        List<String> notes = new ArrayList<>();
        double partnerClosed = wins.stream().mapToDouble(x -> x.groupTrials).sum();
        double directClosed = wins.stream().mapToDouble(x -> x.referenceTrials).sum();
        AdjustedRatio winRate;
        if (partnerClosed < MIN_CLOSED_DEALS || directClosed < MIN_CLOSED_DEALS) {
            winRate = adjustedRatio(null, null, "fewer than " + MIN_CLOSED_DEALS + " closed deals on a side; not reported");
        } else {
            winRate = adjustedRatio(Ratios.riskRatio(wins.stream().mapToDouble(x -> x.groupEvents).sum(), partnerClosed,
                    wins.stream().mapToDouble(x -> x.referenceEvents).sum(), directClosed), Ratios.mantelHaenszelRiskRatio(wins), null);
        }
        StatisticalSummary partnerAmounts = Ratios.pooled(amounts, true);
        StatisticalSummary directAmounts = Ratios.pooled(amounts, false);
        AdjustedRatio dealSize = partnerAmounts.getN() < MIN_WON_DEALS || directAmounts.getN() < MIN_WON_DEALS
                ? adjustedRatio(null, null, "fewer than " + MIN_WON_DEALS + " won deals on a side; not reported")
                : adjustedRatio(Ratios.ratioOfMeans(partnerAmounts, directAmounts), Ratios.stratifiedRatioOfMeans(amounts), null);
        StatisticalSummary partnerCycles = Ratios.pooled(cycles, true);
        StatisticalSummary directCycles = Ratios.pooled(cycles, false);
        AdjustedRatio speed = partnerCycles.getN() < MIN_WON_DEALS || directCycles.getN() < MIN_WON_DEALS
                ? adjustedRatio(null, null, "fewer than " + MIN_WON_DEALS + " won deals on a side; not reported")
                : adjustedRatio(Ratios.geometricSpeed(partnerCycles, directCycles), Ratios.stratifiedGeometricSpeed(cycles),
                        "geometric means of 1 + days to close (the raw speedRatio compares medians)");
        for (var named : List.of(Map.entry("win rate", winRate), Map.entry("deal size", dealSize), Map.entry("speed", speed))) {
            if (named.getValue().disagree()) {
                notes.add(name + " " + named.getKey() + ": raw " + Formats.ratio(named.getValue().raw()) + " and like for like "
                        + Formats.ratio(named.getValue().adjusted()) + " disagree beyond their intervals: " + name
                        + " and direct deals go to different customer segments, industries or regions, which explains part of the raw ratio");
            }
        }
        if (shared == 0) {
            notes.add(name + ": no customer segment x industry x region cell has closed deals of both " + name
                    + " and direct; no like-for-like ratio");
        }
        return new LikeForLike(source, shared, winRate, dealSize, speed, notes);
    }

    private static AdjustedRatio adjustedRatio(Ratios.Estimate raw, Ratios.Estimate adjusted, String note) {
        return new AdjustedRatio(raw == null ? null : raw.ratio(), raw == null ? null : raw.interval(),
                adjusted == null ? null : adjusted.ratio(), adjusted == null ? null : adjusted.interval(), Ratios.disagree(raw, adjusted),
                note);
    }

    // ---------------------------------------------------------------- 2. returns, concentration, dilution

    PartnerReturns returns(AnalyticsFilter given, int first) {
        return returns(given, first, DEFAULT_DILUTION_FLOOR, NetworkCredit.DEFAULT_HOPS, NetworkCredit.DEFAULT_DECAY);
    }

    /**
     * Returns with referral credit (maxHops, decay as referralReach) and two dilution readings: the
     * absolute one (network-inclusive return per dollar below {@code floor} in the top investment
     * quartile) and the relative one on own revenue.
     */
    PartnerReturns returns(AnalyticsFilter given, int first, double floor, int maxHops, double decay) {
        AnalyticsFilter filter = AnalyticsFilter.resolved(given, repository::snapshotDate);
        checkFloor(floor);
        checkReach(maxHops, decay);
        List<PartnerRow> rows = repository.partners(filter, EnumSet.of(Measure.REVENUE, Measure.INVESTMENT));
        List<String> notes = new ArrayList<>();
        LocalDate asOf = filter.asOf();
        Map<String, Double> revenueById = new HashMap<>();
        rows.forEach(r -> revenueById.put(r.id(), r.revenue()));
        NetworkCredit.Credits credits = network.credit(filter, rows.stream().map(PartnerRow::id).toList(), revenueById, maxHops, decay);
        if (credits.referrals() == 0) {
            notes.add("no referral dated on or before " + asOf + ": referral credit is 0 for every partner");
        }
        List<PartnerReturn> all = rows.stream().map(r -> partnerReturn(r, credits.of(r.id()).credit())).toList();
        double revenue = all.stream().mapToDouble(PartnerReturn::revenue).sum();
        double influenced = all.stream().mapToDouble(PartnerReturn::influencedRevenue).sum();
        double investment = all.stream().mapToDouble(PartnerReturn::investment).sum();
        double credit = all.stream().mapToDouble(PartnerReturn::referralCredit).sum();
        if (investment <= 0) {
            notes.add("no investment in the period: return per dollar and dilution not reported");
        }
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

        Map<String, PartnerReturn> byId = new HashMap<>();
        all.forEach(p -> byId.put(p.id(), p));
        List<PartnerReturn> tenured = rows.stream().filter(r -> r.signedOn() != null && !r.signedOn().isAfter(r.asOf().minusMonths(12)))
                .map(r -> byId.get(r.id())).toList();
        Dilution dilution;
        Dilution relative;
        String absoluteRule = "partners with 12 months' tenure in the top investment quartile whose partner-driven revenue plus referral"
                + " credit (" + maxHops + " hops, decay " + decay + ") per invested dollar is below " + Formats.ratio(floor);
        String relativeRule = "relative reading: partners with 12 months' tenure in the top investment quartile and the bottom quartile"
                + " of their own partner-driven revenue per invested dollar (no referral credit)";
        if (tenured.size() < MIN_DILUTION_PARTNERS || tenured.stream().allMatch(r -> r.investment() == 0)) {
            notes.add("fewer than " + MIN_DILUTION_PARTNERS + " partners with 12 months' tenure and investment; dilution not reported");
            dilution = new Dilution(absoluteRule, true, tenured.size(), null, floor, 0, List.of());
            relative = new Dilution(relativeRule, false, tenured.size(), null, null, 0, List.of());
        } else {
            double investmentQ3 = Statistics.quantile(tenured.stream().mapToDouble(PartnerReturn::investment).toArray(), 0.75);
            List<PartnerReturn> invested = tenured.stream().filter(p -> p.investment() > 0 && p.investment() >= investmentQ3).toList();
            List<DilutedPartner> absolute = invested.stream().filter(p -> p.networkReturnPerDollar() < floor)
                    .map(p -> diluted(p, List.of(topQuartile(p, investmentQ3), belowFloor(p, floor, maxHops, decay)))).toList();
            dilution = new Dilution(absoluteRule, true, tenured.size(), investmentQ3, floor,
                    absolute.stream().mapToDouble(DilutedPartner::investment).sum(), sortedByInvestment(absolute));
            double returnQ1 = Statistics.quantile(tenured.stream().filter(p -> p.investment() > 0)
                    .mapToDouble(PartnerReturn::returnPerDollar).toArray(), 0.25);
            List<DilutedPartner> bottom = invested.stream().filter(p -> p.returnPerDollar() <= returnQ1)
                    .map(p -> diluted(p, relativeReasons(p, investmentQ3, returnQ1, floor))).toList();
            relative = new Dilution(relativeRule, false, tenured.size(), investmentQ3, returnQ1,
                    bottom.stream().mapToDouble(DilutedPartner::investment).sum(), sortedByInvestment(bottom));
        }
        return new PartnerReturns(asOf, filter.from(), all.size(), revenue, influenced, investment,
                investment > 0 ? (revenue - investment) / investment : null, credit, maxHops, decay, top,
                groups(all, p -> p.type() == null ? "unknown" : StoredValues.lower(p.type())),
                groups(all, p -> p.tier() == null ? "unknown" : StoredValues.lower(p.tier())), concentration, dilution, relative, notes);
    }

    /** The absolute floor of the dilution flag when none is given: a partner that does not return what it absorbs. */
    static final double DEFAULT_DILUTION_FLOOR = 1.0;

    static void checkFloor(double floor) {
        if (!Double.isFinite(floor) || floor < 0) {
            throw new BadRequestException("dilutionFloor must be a number of 0 or more (revenue per invested dollar below which a"
                    + " top-quartile partner counts as diluted; 1 = it does not return what it absorbs), was " + floor);
        }
    }

    private static PartnerReturn partnerReturn(PartnerRow r, double credit) {
        double investment = r.investment();
        return new PartnerReturn(r.id(), r.name(), StoredValues.enumOf(PartnerType.class, r.type()),
                StoredValues.enumOf(PartnerTier.class, r.tier()), r.region(),
                r.revenue(), r.influenced(), investment, r.mdf(), r.enablement(), r.coMarketing(), r.support(),
                investment > 0 ? (r.revenue() - investment) / investment : null, r.mdf() > 0 ? r.revenue() / r.mdf() : null,
                credit, r.revenue() + credit, investment > 0 ? r.revenue() / investment : null,
                investment > 0 ? (r.revenue() + credit) / investment : null);
    }

    private static DilutedPartner diluted(PartnerReturn p, List<String> reasons) {
        return new DilutedPartner(p.id(), p.name(), p.type(), p.tier(), p.region(), p.investment(), p.revenue(), p.referralCredit(),
                p.returnPerDollar(), p.networkReturnPerDollar(), reasons);
    }

    private static List<DilutedPartner> sortedByInvestment(List<DilutedPartner> partners) {
        return partners.stream().sorted(Comparator.comparingDouble(DilutedPartner::investment).reversed().thenComparing(DilutedPartner::id))
                .toList();
    }

    private static String topQuartile(PartnerReturn p, double investmentQ3) {
        return "absorbed " + Formats.money(p.investment()) + " of investment in the period, in the top quartile (75th percentile of"
                + " partners with 12 months' tenure: " + Formats.money(investmentQ3) + ")";
    }

    private static String belowFloor(PartnerReturn p, double floor, int maxHops, double decay) {
        String own = "its own partner-driven revenue " + Formats.money(p.revenue());
        String network = p.referralCredit() > 0
                ? " plus referral credit " + Formats.money(p.referralCredit()) + " (" + maxHops + " hops, decay " + decay + ")"
                : " and no referral credit";
        return own + network + " returned " + Formats.ratio(p.networkReturnPerDollar()) + " per invested dollar, below the floor of "
                + Formats.ratio(floor);
    }

    private static List<String> relativeReasons(PartnerReturn p, double investmentQ3, double returnQ1, double floor) {
        List<String> reasons = new ArrayList<>();
        reasons.add(topQuartile(p, investmentQ3));
        reasons.add("its own partner-driven revenue " + Formats.money(p.revenue()) + " returned " + Formats.ratio(p.returnPerDollar())
                + " per invested dollar, in the bottom quartile of partners with investment (25th percentile: " + Formats.ratio(returnQ1)
                + ")");
        if (p.networkReturnPerDollar() >= floor) {
            reasons.add("with its referral credit " + Formats.money(p.referralCredit()) + " it returns "
                    + Formats.ratio(p.networkReturnPerDollar())
                    + " per dollar, at or above the floor of " + Formats.ratio(floor) + ": not diluted by the absolute reading");
        }
        return reasons;
    }

    private static List<GroupReturn> groups(List<PartnerReturn> all, Function<PartnerReturn, String> key) {
        Map<String, List<PartnerReturn>> grouped = new TreeMap<>();
        all.forEach(p -> grouped.computeIfAbsent(key.apply(p), k -> new ArrayList<>()).add(p));
        List<GroupReturn> result = new ArrayList<>();
        grouped.forEach((k, list) -> {
            double revenue = list.stream().mapToDouble(PartnerReturn::revenue).sum();
            double investment = list.stream().mapToDouble(PartnerReturn::investment).sum();
            result.add(new GroupReturn(k, list.size(), revenue, list.stream().mapToDouble(PartnerReturn::influencedRevenue).sum(),
                    investment, investment > 0 ? (revenue - investment) / investment : null,
                    list.stream().mapToDouble(PartnerReturn::referralCredit).sum()));
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

    // ---------------------------------------------------------------- 6. value combinations

    enum CombinationOrder {
        INCREMENTAL_REVENUE, WIN_RATE_LIFT, DEAL_SIZE, SPEED, RETENTION
    }

    ValueCombinations combinations(AnalyticsFilter given, int size, CombinationOrder order, int minSupport, int first) {
        AnalyticsFilter filter = AnalyticsFilter.resolved(given, repository::snapshotDate);
        if (size != 2 && size != 3) {
            throw new BadRequestException("size must be 2 (partner pairs) or 3 (partner triples), was " + size);
        }
        checkMinSupport(minSupport, "joint deals");
        List<SourceRow> sources = repository.bySource(new AnalyticsFilter(filter.asOf(), filter.from(), null, null, null));
        long won = sources.stream().mapToLong(SourceRow::won).sum();
        long lost = sources.stream().mapToLong(SourceRow::lost).sum();
        double wonAmount = sources.stream().mapToDouble(SourceRow::wonAmount).sum();
        Double baseline = Statistics.rate(won, won + lost, MIN_CLOSED_DEALS);
        Double baselineAmount = won >= MIN_WON_DEALS ? wonAmount / won : null;

        String kind = size == 2 ? "pair" : "triple";
        List<SetRow> sets = size == 2 ? repository.pairs(filter, minSupport) : repository.triples(filter, minSupport);
        List<String> notes = new ArrayList<>();
        if (sets.isEmpty()) {
            notes.add("no partner " + kind + " shares " + minSupport + " or more deals");
            return new ValueCombinations(filter.asOf(), size, minSupport, 0, baseline, baselineAmount, List.of(), notes);
        }
        List<SetRow> tested = sets.stream().filter(s -> s.won() + s.lost() >= MIN_CLOSED_DEALS).toList();
        if (tested.size() < sets.size()) {
            notes.add((sets.size() - tested.size()) + " " + kind + "s with fewer than " + MIN_CLOSED_DEALS
                    + " closed joint deals not tested");
        }
        List<String> ids = tested.stream().flatMap(s -> s.ids().stream()).distinct().toList();
        Map<String, TotalsRow> totals = repository.totals(filter, ids);
        Map<List<String>, PairTotalsRow> pairTotals = size == 3
                ? repository.pairTotals(filter, tested.stream().flatMap(s -> innerPairs(s.ids()).stream()).distinct().toList())
                : Map.of();

        double[] p = new double[tested.size()];
        List<List<Member>> members = new ArrayList<>();
        for (int i = 0; i < tested.size(); i++) {
            SetRow set = tested.get(i);
            List<Member> alone = new ArrayList<>();
            for (int m = 0; m < set.ids().size(); m++) {
                alone.add(member(set.ids().get(m), set.names().get(m), totals.get(set.ids().get(m)), set));
            }
            Member best = bestAlone(alone);
            members.add(alone);
            p[i] = Statistics.fisherGreater(set.won(), set.lost(), best.won(), best.lost());
        }
        double[] q = Statistics.benjaminiHochberg(p);
        List<ValueCombination> result = new ArrayList<>();
        for (int i = 0; i < tested.size(); i++) {
            SetRow set = tested.get(i);
            List<Member> alone = members.get(i);
            long closed = set.won() + set.lost();
            double winRate = (double) set.won() / closed;
            Member best = bestAlone(alone);
            double bestRate = best.winRate() == null ? 0 : best.winRate();
            double amount = set.averageWonAmount() == null ? 0 : set.averageWonAmount();
            List<SubPair> pairs = size == 3 ? subPairs(set, pairTotals, winRate) : List.of();
            Double bestPairRate = pairs.stream().map(SubPair::winRate).filter(java.util.Objects::nonNull).max(Double::compare).orElse(null);
            result.add(new ValueCombination(alone.stream().map(m -> withLift(m, winRate)).toList(), set.support(), set.won(), set.lost(),
                    winRate, Statistics.wilson(set.won(), closed), set.averageWonAmount(), set.averageDaysToClose(), set.customers(),
                    set.customers() > 0 ? 1 - (double) set.churnedCustomers() / set.customers() : null,
                    best.winRate() == null ? null : Statistics.ratio(winRate, best.winRate()), Statistics.ratio(winRate, baseline), p[i],
                    q[i],
                    q[i] <= FDR, (winRate - bestRate) * set.support() * amount, pairs, Statistics.ratio(winRate, bestPairRate)));
        }
        result.sort(comparator(order).thenComparing(c -> String.join(",", c.members().stream().map(Member::id).toList())));
        return new ValueCombinations(filter.asOf(), size, minSupport, tested.size(), baseline, baselineAmount,
                result.stream().limit(first).toList(), notes);
    }

    private static Comparator<ValueCombination> comparator(CombinationOrder order) {
        Comparator<Double> desc = Comparator.nullsLast(Comparator.<Double>reverseOrder());
        return switch (order) {
            case INCREMENTAL_REVENUE -> Comparator.comparing(ValueCombination::expectedIncrementalRevenue, desc);
            case WIN_RATE_LIFT -> Comparator.comparing(ValueCombination::liftOverBestMember, desc);
            case DEAL_SIZE -> Comparator.comparing(ValueCombination::averageWonAmount, desc);
            case SPEED ->
                Comparator.comparing(ValueCombination::averageDaysToClose, Comparator.nullsLast(Comparator.<Double>naturalOrder()));
            case RETENTION -> Comparator.comparing(ValueCombination::customerRetention, desc);
        };
    }

    /** The three pairs inside a triple (ids ascending, as the triple's). */
    private static List<List<String>> innerPairs(List<String> ids) {
        return List.of(List.of(ids.get(0), ids.get(1)), List.of(ids.get(0), ids.get(2)), List.of(ids.get(1), ids.get(2)));
    }

    /** Each pair inside a triple on its deals without the third member: the pair's deals minus the triple's. */
    private static List<SubPair> subPairs(SetRow triple, Map<List<String>, PairTotalsRow> pairTotals, double together) {
        List<SubPair> pairs = new ArrayList<>();
        for (List<String> pair : innerPairs(triple.ids())) {
            PairTotalsRow t = pairTotals.get(pair);
            long deals = t == null ? 0 : Math.max(0, t.deals() - triple.support());
            long won = t == null ? 0 : Math.max(0, t.won() - triple.won());
            long lost = t == null ? 0 : Math.max(0, t.lost() - triple.lost());
            Double rate = Statistics.rate(won, won + lost, MIN_CLOSED_DEALS);
            pairs.add(new SubPair(pair, deals, won, lost, rate, Statistics.ratio(together, rate)));
        }
        return pairs;
    }

    /** The member's deals without all the other members: its totals minus the joint deals. */
    private static Member member(String id, String name, TotalsRow totals, SetRow set) {
        long deals = totals == null ? 0 : Math.max(0, totals.deals() - set.support());
        long won = totals == null ? 0 : Math.max(0, totals.won() - set.won());
        long lost = totals == null ? 0 : Math.max(0, totals.lost() - set.lost());
        double jointWon = set.averageWonAmount() == null ? 0 : set.averageWonAmount() * set.won();
        double wonAmount = totals == null ? 0 : Math.max(0, totals.wonAmount() - jointWon);
        return new Member(id, name, deals, won, lost, Statistics.rate(won, won + lost, MIN_CLOSED_DEALS),
                won >= MIN_WON_DEALS ? wonAmount / won : null, null);
    }

    private static Member withLift(Member m, double together) {
        return new Member(m.id(), m.name(), m.deals(), m.won(), m.lost(), m.winRate(), m.averageWonAmount(),
                Statistics.ratio(together, m.winRate()));
    }

    /** The member that wins most often alone (a member with too few closed deals alone counts as unknown, i.e. loses; ties: the first). */
    private static Member bestAlone(List<Member> members) {
        Member best = members.getFirst();
        for (Member m : members) {
            if ((m.winRate() == null ? -1 : m.winRate()) > (best.winRate() == null ? -1 : best.winRate())) {
                best = m;
            }
        }
        return best;
    }

    private static void checkMinSupport(int minSupport, String unit) {
        if (minSupport < 2 || minSupport > 10_000) {
            throw new BadRequestException("minSupport must be 2 to 10000 " + unit + ", was " + minSupport);
        }
    }

    // ---------------------------------------------------------------- 6b. integration combinations

    enum IntegrationCombinationOrder {
        RETAINED_ARR, RETENTION_LIFT, RETENTION, NPS, SUPPORT
    }

    /**
     * Integration pairs used together by customers, against each integration's users without the
     * other and all customers. Churn and NPS are the customers' current state, so only which usages
     * exist depends on the as-of date, and the period start is not used.
     */
    IntegrationCombinations integrationCombinations(AnalyticsFilter given, IntegrationCombinationOrder order, int minSupport, int first) {
        AnalyticsFilter filter = AnalyticsFilter.resolved(given, repository::snapshotDate);
        checkMinSupport(minSupport, "joint customers");
        CustomerRow all = repository.customers();
        Double baseline = Statistics.rate(all.customers() - all.churned(), all.customers(), MIN_CLOSED_DEALS);
        Double baselineNps = all.npsCount() > 0 ? (double) all.npsSum() / all.npsCount() : null;
        List<String> notes = new ArrayList<>();
        if (filter.from() != null) {
            notes.add("filter.from is not used: churn and NPS are the customers' current state");
        }
        if (baseline == null) {
            notes.add("fewer than " + MIN_CLOSED_DEALS + " customers (" + all.customers() + "); baseline retention not reported");
        }
        List<IntegrationPairRow> pairs = repository.integrationPairs(filter, minSupport);
        if (pairs.isEmpty()) {
            notes.add("no integration pair is used together by " + minSupport + " or more customers");
            return new IntegrationCombinations(filter.asOf(), minSupport, 0, all.customers(), baseline, baselineNps, List.of(), notes);
        }
        List<IntegrationPairRow> tested = pairs.stream().filter(r -> r.support() >= MIN_CLOSED_DEALS).toList();
        if (tested.size() < pairs.size()) {
            notes.add((pairs.size() - tested.size()) + " integration pairs with fewer than " + MIN_CLOSED_DEALS
                    + " joint customers not tested");
        }
        Map<String, IntegrationRow> integrations = repository.integrations(filter,
                tested.stream().flatMap(r -> java.util.stream.Stream.of(r.a(), r.b())).distinct().toList());
        double[] p = new double[tested.size()];
        List<List<IntegrationMember>> members = new ArrayList<>();
        for (int i = 0; i < tested.size(); i++) {
            IntegrationPairRow pair = tested.get(i);
            List<IntegrationMember> alone = List.of(integrationMember(integrations.get(pair.a()), pair),
                    integrationMember(integrations.get(pair.b()), pair));
            members.add(alone);
            IntegrationMember best = bestRetained(alone);
            p[i] = Statistics.fisherGreater(pair.support() - pair.churned(), pair.churned(), best.users() - best.churned(), best.churned());
        }
        double[] q = Statistics.benjaminiHochberg(p);
        List<IntegrationCombination> result = new ArrayList<>();
        for (int i = 0; i < tested.size(); i++) {
            IntegrationPairRow pair = tested.get(i);
            double retention = 1 - (double) pair.churned() / pair.support();
            IntegrationMember best = bestRetained(members.get(i));
            // neither integration has enough users alone: compare with all customers instead
            Double reference = best.retention() != null ? best.retention() : baseline;
            double arr = pair.averageArr() == null ? 0 : pair.averageArr();
            result.add(new IntegrationCombination(members.get(i).stream().map(m -> withLift(m, retention)).toList(), pair.support(),
                    pair.churned(), retention, Statistics.wilson(pair.support() - pair.churned(), pair.support()),
                    pair.npsCount() > 0 ? (double) pair.npsSum() / pair.npsCount() : null, pair.averageArr(),
                    Statistics.ratio(retention, best.retention()), Statistics.ratio(retention, baseline), p[i], q[i], q[i] <= FDR,
                    reference == null ? 0 : (retention - reference) * pair.support() * arr));
        }
        result.sort(integrationComparator(order).thenComparing(c -> c.members().getFirst().id())
                .thenComparing(c -> c.members().getLast().id()));
        return new IntegrationCombinations(filter.asOf(), minSupport, tested.size(), all.customers(), baseline, baselineNps,
                result.stream().limit(first).toList(), notes);
    }

    private static Comparator<IntegrationCombination> integrationComparator(IntegrationCombinationOrder order) {
        Comparator<Double> desc = Comparator.nullsLast(Comparator.<Double>reverseOrder());
        return switch (order) {
            case RETAINED_ARR -> Comparator.comparing(IntegrationCombination::expectedRetainedArr, desc);
            case RETENTION_LIFT -> Comparator.comparing(IntegrationCombination::liftOverBestMember, desc);
            case RETENTION -> Comparator.comparing(IntegrationCombination::retention, desc);
            case NPS -> Comparator.comparing(IntegrationCombination::averageNps, desc);
            case SUPPORT -> Comparator.comparingLong(IntegrationCombination::support).reversed();
        };
    }

    /** The integration's users without the other integration: its users minus the joint users. */
    private static IntegrationMember integrationMember(IntegrationRow row, IntegrationPairRow pair) {
        long users = Math.max(0, row.users() - pair.support());
        long churned = Math.max(0, row.churned() - pair.churned());
        long npsCount = Math.max(0, row.npsCount() - pair.npsCount());
        return new IntegrationMember(row.id(), row.name(), row.depth() == null ? null : Math.toIntExact(row.depth()), row.partnerId(),
                row.partnerName(), StoredValues.enumOf(PartnerType.class, row.partnerType()), users, churned,
                Statistics.rate(users - churned, users, MIN_CLOSED_DEALS),
                npsCount > 0 ? (double) (row.npsSum() - pair.npsSum()) / npsCount : null,
                null);
    }

    private static IntegrationMember withLift(IntegrationMember m, double together) {
        return new IntegrationMember(m.id(), m.name(), m.depth(), m.partnerId(), m.partnerName(), m.partnerType(), m.users(), m.churned(),
                m.retention(), m.averageNps(), Statistics.ratio(together, m.retention()));
    }

    /** The integration whose users alone retain best (fewer than 5 users alone counts as unknown; ties: the first). */
    private static IntegrationMember bestRetained(List<IntegrationMember> members) {
        IntegrationMember best = members.getFirst();
        for (IntegrationMember m : members) {
            if ((m.retention() == null ? -1 : m.retention()) > (best.retention() == null ? -1 : best.retention())) {
                best = m;
            }
        }
        return best;
    }

    // ---------------------------------------------------------------- 7. referral reach

    ReferralReach reach(String partnerId, AnalyticsFilter given, int maxHops, double decay) {
        AnalyticsFilter filter = AnalyticsFilter.resolved(given, repository::snapshotDate);
        checkReach(maxHops, decay);
        if (!repository.partnerExists(partnerId)) {
            throw new NotFoundException("no partner with id '" + partnerId + "'");
        }
        return repository.reach(filter, List.of(partnerId), maxHops, decay).stream().findFirst().map(r -> reach(r, maxHops, decay))
                .orElse(new ReferralReach(partnerId, null, maxHops, decay, 0, 0, 0, 0, 0, 0, 0));
    }

    ReferralNetwork network(AnalyticsFilter given, int maxHops, double decay, int first) {
        AnalyticsFilter filter = AnalyticsFilter.resolved(given, repository::snapshotDate);
        checkReach(maxHops, decay);
        List<ReferralReach> all = repository.reach(filter, null, maxHops, decay).stream().map(r -> reach(r, maxHops, decay))
                .sorted(Comparator.comparingDouble(ReferralReach::creditedRevenue).reversed().thenComparing(ReferralReach::id)).toList();
        return new ReferralNetwork(filter.asOf(), maxHops, decay, all.size(), all.stream().limit(first).toList());
    }

    ReferralStructure structure(List<String> personaliseOn, int first) {
        return structure(personaliseOn, first, 0);
    }

    /** With graphLimit > 0 the answer carries the network itself, at most graphLimit nodes (1 to 5000). */
    ReferralStructure structure(List<String> personaliseOn, int first, int graphLimit) {
        return structure(null, personaliseOn, first, graphLimit);
    }

    /** As of the filter's date: referrals dated after it are left out of the projection (docs/analytics.md#7). */
    ReferralStructure structure(AnalyticsFilter given, List<String> personaliseOn, int first) {
        return structure(given, personaliseOn, first, 0);
    }

    /** As of the filter's date, with the network itself when graphLimit > 0. */
    ReferralStructure structure(AnalyticsFilter given, List<String> personaliseOn, int first, int graphLimit) {
        AnalyticsFilter filter = AnalyticsFilter.orNone(given);
        if (personaliseOn != null && personaliseOn.size() > 250) {
            throw new BadRequestException("personaliseOn takes at most 250 ids, got " + personaliseOn.size());
        }
        if (graphLimit < 0 || graphLimit > 5_000) {
            throw new BadRequestException("'graphLimit' must be between 1 and 5000, got " + graphLimit);
        }
        return repository.referralStructure(filter.asOf(), personaliseOn == null || personaliseOn.isEmpty() ? null : personaliseOn, first,
                graphLimit);
    }

    private static ReferralReach reach(AnalyticsRepository.ReachRow r, int maxHops, double decay) {
        return new ReferralReach(r.id(), r.name(), maxHops, decay, r.partners(), r.prospects(), r.customers(), r.directReferrals(),
                r.depth(), r.revenue(), r.creditedRevenue());
    }

    static void checkReach(int maxHops, double decay) {
        if (maxHops < 1 || maxHops > 10) {
            throw new BadRequestException("maxHops must be 1 to 10, was " + maxHops);
        }
        if (!(decay > 0) || decay > 1) {
            throw new BadRequestException("decay must be above 0 and at most 1 (credit kept per further hop), was " + decay);
        }
    }
}
