package com.ecosystemgraph.analytics.combinations;

import static com.ecosystemgraph.analytics.Limits.MIN_CLOSED_DEALS;

import com.ecosystemgraph.analytics.Interval;
import com.ecosystemgraph.analytics.Statistics;
import com.ecosystemgraph.analytics.StoredValues;
import com.ecosystemgraph.analytics.combinations.CombinationRows.CustomerRow;
import com.ecosystemgraph.analytics.combinations.CombinationRows.IntegrationPairRow;
import com.ecosystemgraph.analytics.combinations.CombinationRows.IntegrationRow;
import com.ecosystemgraph.graph.PartnerType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Integration pairs used together by customers, and how those customers retain (docs/analytics.md#6). */
public record IntegrationCombinations(LocalDate asOf, int minSupport, long tested, long customers, Double baselineRetention,
        Double baselineAverageNps, List<IntegrationCombination> combinations, List<String> notes) {

    /** Two integrations used together. */
    public record IntegrationCombination(List<IntegrationMember> members, long support, long churned, Double retention,
            Interval retentionInterval,
            Double averageNps, Double averageArr, Double liftOverBestMember, Double liftOverBaseline, double pValue,
            double qValue, boolean significant, double expectedRetainedArr) {
    }

    /** One integration, its builder, and its users without the other integration. */
    public record IntegrationMember(String id, String name, Integer depth, String partnerId, String partnerName,
            PartnerType partnerType, long users,
            long churned, Double retention, Double averageNps, Double lift) {
    }

    /** How the integration combinations are ordered. */
    public enum IntegrationCombinationOrder {
        RETAINED_ARR, RETENTION_LIFT, RETENTION, NPS, SUPPORT
    }

    /**
     * The analysis from all customers (the baseline), the integration pairs used together by
     * {@code minSupport} customers and the tested pairs' integrations with all their users: an
     * integration alone is its users minus the joint users; a pair is tested (Fisher, one-sided,
     * against its better-retaining member alone; Benjamini-Hochberg) with 5 joint customers.
     */
    static IntegrationCombinations of(CustomerRow all, List<IntegrationPairRow> pairs, Map<String, IntegrationRow> integrations,
            LocalDate asOf, boolean fromGiven, IntegrationCombinationOrder order, int minSupport, int first) {
        Double baseline = Statistics.rate(all.customers() - all.churned(), all.customers(), MIN_CLOSED_DEALS);
        Double baselineNps = all.npsCount() > 0 ? (double) all.npsSum() / all.npsCount() : null;
        List<String> notes = new ArrayList<>();
        if (fromGiven) {
            notes.add("filter.from is not used: churn and NPS are the customers' current state");
        }
        if (baseline == null) {
            notes.add("fewer than " + MIN_CLOSED_DEALS + " customers (" + all.customers() + "); baseline retention not reported");
        }
        if (pairs.isEmpty()) {
            notes.add("no integration pair is used together by " + minSupport + " or more customers");
            return new IntegrationCombinations(asOf, minSupport, 0, all.customers(), baseline, baselineNps, List.of(), notes);
        }
        List<IntegrationPairRow> tested = tested(pairs);
        if (tested.size() < pairs.size()) {
            notes.add((pairs.size() - tested.size()) + " integration pairs with fewer than " + MIN_CLOSED_DEALS
                    + " joint customers not tested");
        }
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
            result.add(combination(tested.get(i), members.get(i), baseline, p[i], q[i]));
        }
        result.sort(integrationComparator(order).thenComparing(c -> c.members().getFirst().id())
                .thenComparing(c -> c.members().getLast().id()));
        return new IntegrationCombinations(asOf, minSupport, tested.size(), all.customers(), baseline, baselineNps,
                result.stream().limit(first).toList(), notes);
    }

    /** The pairs with enough joint customers to be tested. */
    static List<IntegrationPairRow> tested(List<IntegrationPairRow> pairs) {
        return pairs.stream().filter(r -> r.support() >= MIN_CLOSED_DEALS).toList();
    }

    private static IntegrationCombination combination(IntegrationPairRow pair, List<IntegrationMember> alone, Double baseline, double p,
            double q) {
        double retention = 1 - (double) pair.churned() / pair.support();
        IntegrationMember best = bestRetained(alone);
        // neither integration has enough users alone: compare with all customers instead
        Double reference = best.retention() != null ? best.retention() : baseline;
        double arr = pair.averageArr() == null ? 0 : pair.averageArr();
        return new IntegrationCombination(alone.stream().map(m -> withLift(m, retention)).toList(), pair.support(),
                pair.churned(), retention, Statistics.wilson(pair.support() - pair.churned(), pair.support()),
                pair.npsCount() > 0 ? (double) pair.npsSum() / pair.npsCount() : null, pair.averageArr(),
                Statistics.ratio(retention, best.retention()), Statistics.ratio(retention, baseline), p, q, q <= ValueCombinations.FDR,
                reference == null ? 0 : (retention - reference) * pair.support() * arr);
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
}
