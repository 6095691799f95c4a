package com.ecosystemgraph.analytics.combinations;

import static com.ecosystemgraph.analytics.Limits.MIN_CLOSED_DEALS;
import static com.ecosystemgraph.analytics.Limits.MIN_WON_DEALS;

import com.ecosystemgraph.analytics.AnalyticsRepository.SourceRow;
import com.ecosystemgraph.analytics.Interval;
import com.ecosystemgraph.analytics.Statistics;
import com.ecosystemgraph.analytics.combinations.CombinationRows.PairTotalsRow;
import com.ecosystemgraph.analytics.combinations.CombinationRows.SetRow;
import com.ecosystemgraph.analytics.combinations.CombinationRows.TotalsRow;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Partner sets (pairs or triples) that win together (docs/analytics.md#6). */
public record ValueCombinations(LocalDate asOf, int size, int minSupport, long tested, Double baselineWinRate,
        Double baselineAverageWonAmount,
        List<ValueCombination> combinations, List<String> notes) {

    /**
     * One partner set on the same deals. For a triple, {@code pairs} holds each pair inside it on the
     * deals without the third member and {@code liftOverBestPair} compares against the best of them;
     * for a pair both are empty / null.
     */
    public record ValueCombination(List<Member> members, long support, long won, long lost, Double winRate, Interval winRateInterval,
            Double averageWonAmount, Double averageDaysToClose, long customers, Double customerRetention,
            Double liftOverBestMember, Double liftOverBaseline, double pValue, double qValue, boolean significant,
            double expectedIncrementalRevenue, List<SubPair> pairs, Double liftOverBestPair) {
    }

    /** A member's deals without the other members. */
    public record Member(String id, String name, long deals, long won, long lost, Double winRate, Double averageWonAmount, Double lift) {
    }

    /** Two members of a triple on their deals without the third. */
    public record SubPair(List<String> ids, long deals, long won, long lost, Double winRate, Double lift) {
    }

    /** How the combinations are ordered. */
    public enum CombinationOrder {
        INCREMENTAL_REVENUE, WIN_RATE_LIFT, DEAL_SIZE, SPEED, RETENTION
    }

    /** False discovery rate of the combination tests. */
    static final double FDR = 0.05;

    /**
     * The analysis from the partner sets sharing {@code minSupport} deals, the baseline (all deals of
     * the period by source), each tested member's totals and, for triples, the inner pairs' totals:
     * a member alone is its totals minus the joint deals; a set is tested (Fisher, one-sided, against
     * its best member alone; Benjamini-Hochberg) when it has 5 closed joint deals.
     */
    static ValueCombinations of(List<SourceRow> sources, List<SetRow> sets, Map<String, TotalsRow> totals,
            Map<List<String>, PairTotalsRow> pairTotals, LocalDate asOf, int size, CombinationOrder order, int minSupport, int first) {
        long won = sources.stream().mapToLong(SourceRow::won).sum();
        long lost = sources.stream().mapToLong(SourceRow::lost).sum();
        double wonAmount = sources.stream().mapToDouble(SourceRow::wonAmount).sum();
        Double baseline = Statistics.rate(won, won + lost, MIN_CLOSED_DEALS);
        Double baselineAmount = won >= MIN_WON_DEALS ? wonAmount / won : null;
        String kind = size == 2 ? "pair" : "triple";
        List<String> notes = new ArrayList<>();
        if (sets.isEmpty()) {
            notes.add("no partner " + kind + " shares " + minSupport + " or more deals");
            return new ValueCombinations(asOf, size, minSupport, 0, baseline, baselineAmount, List.of(), notes);
        }
        List<SetRow> tested = tested(sets);
        if (tested.size() < sets.size()) {
            notes.add((sets.size() - tested.size()) + " " + kind + "s with fewer than " + MIN_CLOSED_DEALS
                    + " closed joint deals not tested");
        }
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
            result.add(combination(tested.get(i), members.get(i), size == 3 ? pairTotals : null, baseline, p[i], q[i]));
        }
        result.sort(comparator(order).thenComparing(c -> String.join(",", c.members().stream().map(Member::id).toList())));
        return new ValueCombinations(asOf, size, minSupport, tested.size(), baseline, baselineAmount,
                result.stream().limit(first).toList(), notes);
    }

    /** The sets with enough closed joint deals to be tested. */
    static List<SetRow> tested(List<SetRow> sets) {
        return sets.stream().filter(s -> s.won() + s.lost() >= MIN_CLOSED_DEALS).toList();
    }

    /** One tested set against its members alone (and, for a triple, its inner pairs: pairTotals not null). */
    private static ValueCombination combination(SetRow set, List<Member> alone, Map<List<String>, PairTotalsRow> pairTotals,
            Double baseline, double p, double q) {
        long closed = set.won() + set.lost();
        double winRate = (double) set.won() / closed;
        Member best = bestAlone(alone);
        double bestRate = best.winRate() == null ? 0 : best.winRate();
        double amount = set.averageWonAmount() == null ? 0 : set.averageWonAmount();
        List<SubPair> pairs = pairTotals != null ? subPairs(set, pairTotals, winRate) : List.of();
        Double bestPairRate = pairs.stream().map(SubPair::winRate).filter(Objects::nonNull).max(Double::compare).orElse(null);
        return new ValueCombination(alone.stream().map(m -> withLift(m, winRate)).toList(), set.support(), set.won(), set.lost(),
                winRate, Statistics.wilson(set.won(), closed), set.averageWonAmount(), set.averageDaysToClose(), set.customers(),
                set.customers() > 0 ? 1 - (double) set.churnedCustomers() / set.customers() : null,
                best.winRate() == null ? null : Statistics.ratio(winRate, best.winRate()), Statistics.ratio(winRate, baseline), p, q,
                q <= FDR, (winRate - bestRate) * set.support() * amount, pairs, Statistics.ratio(winRate, bestPairRate));
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
    static List<List<String>> innerPairs(List<String> ids) {
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
}
