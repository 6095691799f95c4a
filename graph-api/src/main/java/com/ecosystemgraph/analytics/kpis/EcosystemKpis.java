package com.ecosystemgraph.analytics.kpis;

import static com.ecosystemgraph.analytics.Limits.MIN_CLOSED_DEALS;
import static com.ecosystemgraph.analytics.Limits.MIN_WON_DEALS;

import com.ecosystemgraph.analytics.AnalyticsFilter;
import com.ecosystemgraph.analytics.AnalyticsRepository.ActivityRow;
import com.ecosystemgraph.analytics.AnalyticsRepository.SourceRow;
import com.ecosystemgraph.analytics.Formats;
import com.ecosystemgraph.analytics.Interval;
import com.ecosystemgraph.analytics.Ratios;
import com.ecosystemgraph.analytics.Statistics;
import com.ecosystemgraph.analytics.StoredValues;
import com.ecosystemgraph.graph.DealSource;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.commons.math3.stat.descriptive.StatisticalSummary;

/**
 * Attribution and KPIs over a period (docs/analytics.md#1). Rates and ratios are null (with a note)
 * when too few deals stand behind them.
 */
public record EcosystemKpis(LocalDate asOf, LocalDate from, List<SourceKpis> bySource, double totalWonAmount, Double partnerSourcedShare,
        Double partnerDrivenShare, long activePartners, Double revenuePerActivePartner, Double registrationRate,
        TimeToFirstDeal timeToFirstDeal, List<SourceComparison> partnerVsDirect, List<String> notes) {

    /** One deal source. */
    public record SourceKpis(DealSource source, long pipelineDeals, double pipelineAmount, long openDeals, double openAmount, long won,
            long lost, double wonAmount, Double winRate, Interval winRateInterval, Double averageWonAmount,
            Double medianDaysToClose, Double shareOfWonAmount) {
    }

    /**
     * A partner source against direct: win rate, average won deal size and speed (direct median days /
     * this median days); {@code filter} is the resolved filter, for the like-for-like reading asked for lazily.
     */
    public record SourceComparison(DealSource source, Double winRateRatio, Double dealSizeRatio, Double speedRatio,
            AnalyticsFilter filter) {
    }

    /**
     * The source against direct deals on the same customer segment, industry and region
     * (docs/analytics.md#1): each ratio raw and adjusted with 95% intervals.
     *
     * @param strata customer segment x industry x region cells holding closed deals of both
     */
    public record LikeForLike(DealSource source, long strata, AdjustedRatio winRate, AdjustedRatio dealSize, AdjustedRatio speed,
            List<String> notes) {
    }

    /** A ratio raw and adjusted, each with its 95% interval; disagree when the intervals do not overlap. */
    public record AdjustedRatio(Double raw, Interval rawInterval, Double adjusted, Interval adjustedInterval, boolean disagree,
            String note) {
    }

    /** Days from signing to the first deal a partner appears on, for partners signed inside the deal history. */
    public record TimeToFirstDeal(long partners, long partnersWithoutDeal, Double medianDays, Double shareWithin90Days) {
    }

    /** The KPIs from the deals by source and the partner activity of the resolved period. */
    static EcosystemKpis of(List<SourceRow> rows, ActivityRow activity, AnalyticsFilter filter) {
        List<String> notes = new ArrayList<>();
        List<SourceKpis> sources = sources(rows, notes);
        double totalWon = rows.stream().mapToDouble(SourceRow::wonAmount).sum();
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

    /** Every deal source in DealSource order (a source without deals counts zero), noting figures not reported. */
    private static List<SourceKpis> sources(List<SourceRow> rows, List<String> notes) {
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
        return sources;
    }

    /** Each partner source against direct deals like for like, from the closed deals by source and customer cell. */
    static Map<DealSource, LikeForLike> likeForLike(List<CellRow> rows) {
        Map<DealSource, Map<String, CellRow>> bySource = new EnumMap<>(DealSource.class);
        for (CellRow row : rows) {
            DealSource source = StoredValues.enumOf(DealSource.class, row.source());
            bySource.computeIfAbsent(source, k -> new TreeMap<>()).put(row.cell(), row);
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
        Set<String> cells = new TreeSet<>(partner.keySet());
        cells.addAll(direct.keySet());
        List<Ratios.Stratum> wins = new ArrayList<>();
        List<Ratios.Stratum> amounts = new ArrayList<>();
        List<Ratios.Stratum> cycles = new ArrayList<>();
        long shared = 0;
        for (String cell : cells) {
            CellRow p = partner.getOrDefault(cell, CellRow.NONE);
            CellRow d = direct.getOrDefault(cell, CellRow.NONE);
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
        AdjustedRatio winRate = winRate(wins);
        AdjustedRatio dealSize = dealSize(amounts);
        AdjustedRatio speed = speed(cycles);
        String name = StoredValues.lower(source);
        List<String> notes = new ArrayList<>();
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

    private static AdjustedRatio winRate(List<Ratios.Stratum> wins) {
        double partnerClosed = wins.stream().mapToDouble(x -> x.groupTrials).sum();
        double directClosed = wins.stream().mapToDouble(x -> x.referenceTrials).sum();
        if (partnerClosed < MIN_CLOSED_DEALS || directClosed < MIN_CLOSED_DEALS) {
            return adjustedRatio(null, null, "fewer than " + MIN_CLOSED_DEALS + " closed deals on a side; not reported");
        }
        return adjustedRatio(Ratios.riskRatio(wins.stream().mapToDouble(x -> x.groupEvents).sum(), partnerClosed,
                wins.stream().mapToDouble(x -> x.referenceEvents).sum(), directClosed), Ratios.mantelHaenszelRiskRatio(wins), null);
    }

    private static AdjustedRatio dealSize(List<Ratios.Stratum> amounts) {
        StatisticalSummary partnerAmounts = Ratios.pooled(amounts, true);
        StatisticalSummary directAmounts = Ratios.pooled(amounts, false);
        return partnerAmounts.getN() < MIN_WON_DEALS || directAmounts.getN() < MIN_WON_DEALS
                ? adjustedRatio(null, null, "fewer than " + MIN_WON_DEALS + " won deals on a side; not reported")
                : adjustedRatio(Ratios.ratioOfMeans(partnerAmounts, directAmounts), Ratios.stratifiedRatioOfMeans(amounts), null);
    }

    private static AdjustedRatio speed(List<Ratios.Stratum> cycles) {
        StatisticalSummary partnerCycles = Ratios.pooled(cycles, true);
        StatisticalSummary directCycles = Ratios.pooled(cycles, false);
        return partnerCycles.getN() < MIN_WON_DEALS || directCycles.getN() < MIN_WON_DEALS
                ? adjustedRatio(null, null, "fewer than " + MIN_WON_DEALS + " won deals on a side; not reported")
                : adjustedRatio(Ratios.geometricSpeed(partnerCycles, directCycles), Ratios.stratifiedGeometricSpeed(cycles),
                        "geometric means of 1 + days to close (the raw speedRatio compares medians)");
    }

    private static AdjustedRatio adjustedRatio(Ratios.Estimate raw, Ratios.Estimate adjusted, String note) {
        return new AdjustedRatio(raw == null ? null : raw.ratio(), raw == null ? null : raw.interval(),
                adjusted == null ? null : adjusted.ratio(), adjusted == null ? null : adjusted.interval(), Ratios.disagree(raw, adjusted),
                note);
    }
}
