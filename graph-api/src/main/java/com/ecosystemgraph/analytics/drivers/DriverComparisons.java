package com.ecosystemgraph.analytics.drivers;

import static com.ecosystemgraph.analytics.drivers.PerformanceDrivers.MIN_GROUP_PARTNERS;

import com.ecosystemgraph.analytics.Limits;
import com.ecosystemgraph.analytics.Statistics;
import com.ecosystemgraph.analytics.drivers.PerformanceDrivers.DriverGroup;
import com.ecosystemgraph.analytics.drivers.PerformanceDrivers.DriverLever;
import com.ecosystemgraph.analytics.drivers.PerformanceDrivers.DriverRatio;
import com.ecosystemgraph.analytics.drivers.PerformanceDrivers.Lever;
import com.ecosystemgraph.analytics.drivers.PerformanceDrivers.Outcome;
import com.ecosystemgraph.analytics.Ratios;
import com.ecosystemgraph.analytics.Ratios.Estimate;
import com.ecosystemgraph.analytics.Ratios;
import com.ecosystemgraph.analytics.Ratios.Stratum;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

import com.ecosystemgraph.analytics.drivers.DriverGroupings.Grouping;
import com.ecosystemgraph.analytics.drivers.DriverGroupings.Unit;

/** The comparisons of performanceDrivers: each lever's groups against its reference group, raw and like for like ({@link Ratios}). */
final class DriverComparisons {

    private DriverComparisons() {
    }

    // ---------------------------------------------------------------- comparisons

    static DriverLever lever(Grouping g) {
        List<String> notes = new ArrayList<>(g.notes());
        long populated = g.groups().values().stream().filter(l -> !l.isEmpty()).count();
        List<String> adjustedFor = g.byType() ? List.of("size band", "region") : List.of("partner type", "size band", "region");
        if (populated < 2) {
            notes.addFirst(emptyLeverNote(g.lever()));
            return new DriverLever(g.lever(), g.description(), g.reference(), adjustedFor, List.of(), notes);
        }
        List<Unit> reference = g.groups().getOrDefault(g.reference(), List.of());
        if (reference.size() < MIN_GROUP_PARTNERS) {
            notes.add("reference group " + g.reference() + " has fewer than " + MIN_GROUP_PARTNERS + " partners (" + reference.size()
                    + "); no ratio reported");
        }
        List<DriverGroup> groups = new ArrayList<>();
        g.groups().forEach((key, members) -> {
            boolean isReference = key.equals(g.reference());
            if (members.size() < MIN_GROUP_PARTNERS && !members.isEmpty()) {
                notes.add(key + ": fewer than " + MIN_GROUP_PARTNERS + " partners (" + members.size() + "); figures not reported");
            }
            List<DriverRatio> ratios = List.of();
            if (!isReference && !members.isEmpty()) {
                ratios = ratios(java.util.Arrays.stream(Outcome.values())
                        .filter(o -> o != Outcome.CO_SOLD_PER_INTEGRATION_USER || g.lever() == Lever.INTEGRATION_DEPTH).toList(),
                        members, reference, g.byType());
            }
            groups.add(group(key, isReference, members, g.lever() == Lever.INTEGRATION_DEPTH, ratios));
        });
        return new DriverLever(g.lever(), g.description(), g.reference(), adjustedFor, groups, notes);
    }

    static String emptyLeverNote(Lever lever) {
        return switch (lever) {
            case CERTIFICATION, CERTIFIED_STAFF -> "no two certification groups have partners (no partner has certified staff recorded, or"
                    + " every partner has): nothing to compare";
            case INTEGRATION_DEPTH -> "no partner built an integration (or every partner built one of the same depth): nothing to compare";
            case ENGAGEMENT, PORTAL_LOGINS, CONTENT_DOWNLOADS, TRAINING_COMPLETIONS -> "no engagement counts vary between partners:"
                    + " nothing to compare";
            case PARTNER_TYPE -> "partners of fewer than two types: nothing to compare";
            case TENURE -> "partners of fewer than two tenure bands: nothing to compare";
        };
    }

    static DriverGroup group(String key, boolean reference, List<Unit> members, boolean integrations, List<DriverRatio> ratios) {
        boolean enough = members.size() >= MIN_GROUP_PARTNERS;
        long won = members.stream().mapToLong(Unit::won).sum();
        long closed = won + members.stream().mapToLong(Unit::lost).sum();
        long users = members.stream().mapToLong(Unit::users).sum();
        long coSold = members.stream().mapToLong(Unit::coSold).sum();
        return new DriverGroup(key, reference, members.size(), enough ? mean(members, Unit::revenue) : null,
                enough ? mean(members, u -> u.won()) : null, closed,
                enough ? Statistics.rate(won, closed, Limits.MIN_CLOSED_DEALS) : null,
                enough ? mean(members, u -> u.coSold()) : null, integrations ? users : null,
                integrations && enough && users > 0 ? (double) coSold / users : null, ratios);
    }

    static double mean(List<Unit> units, ToDoubleFunction<Unit> value) {
        return units.stream().mapToDouble(value).average().orElse(0);
    }

    /**
     * The group against the reference on each outcome, raw and within strata holding both. One pass
     * over the partners gathers, per stratum and side, the counts, sums and sums of squares every
     * outcome needs (at 100x this runs some 150 times over thousands of partners).
     */
    static List<DriverRatio> ratios(List<Outcome> outcomes, List<Unit> group, List<Unit> reference, boolean byType) {
        if (group.size() < MIN_GROUP_PARTNERS || reference.size() < MIN_GROUP_PARTNERS) {
            String note = "fewer than " + MIN_GROUP_PARTNERS + " partners in the group (" + group.size() + ") or the reference ("
                    + reference.size() + "); not reported";
            return outcomes.stream().map(o -> new DriverRatio(o, null, null, null, null, 0, 0, false, note)).toList();
        }
        int strata = 0;
        for (List<Unit> side : List.of(group, reference)) {
            for (Unit u : side) {
                strata = Math.max(strata, 1 + (byType ? u.stratumWithoutType() : u.stratum()));
            }
        }
        // [side][stratum]: partners; [measure][side][stratum]: sums and sums of squares of revenue, won deals, co-sold deals;
        // [side][stratum]: won, closed, co-sold, integration users
        double[][] n = new double[2][strata];
        double[][][] sum = new double[3][2][strata];
        double[][][] squares = new double[3][2][strata];
        double[][][] counts = new double[4][2][strata];
        for (int side = 0; side < 2; side++) {
            for (Unit u : side == 0 ? group : reference) {
                int k = byType ? u.stratumWithoutType() : u.stratum();
                n[side][k]++;
                double[] values = {u.revenue(), u.won(), u.coSold()};
                for (int m = 0; m < 3; m++) {
                    sum[m][side][k] += values[m];
                    squares[m][side][k] += values[m] * values[m];
                }
                counts[0][side][k] += u.won();
                counts[1][side][k] += u.won() + u.lost();
                counts[2][side][k] += u.coSold();
                counts[3][side][k] += u.users();
            }
        }
        List<DriverRatio> result = new ArrayList<>();
        for (Outcome outcome : outcomes) {
            List<Stratum> all = new ArrayList<>();
            int measure = outcome == Outcome.REVENUE ? 0 : outcome == Outcome.WON_DEALS ? 1 : 2;
            for (int k = 0; k < strata; k++) {
                if (n[0][k] + n[1][k] == 0) {
                    continue;
                }
                Stratum x = new Stratum(Ratios.moments((long) n[0][k], sum[measure][0][k], squares[measure][0][k]),
                        Ratios.moments((long) n[1][k], sum[measure][1][k], squares[measure][1][k]));
                boolean win = outcome == Outcome.WIN_RATE;
                x.groupEvents = counts[win ? 0 : 2][0][k];
                x.groupTrials = counts[win ? 1 : 3][0][k];
                x.referenceEvents = counts[win ? 0 : 2][1][k];
                x.referenceTrials = counts[win ? 1 : 3][1][k];
                all.add(x);
            }
            result.add(ratio(outcome, all, byType));
        }
        return result;
    }

    static DriverRatio ratio(Outcome outcome, List<Stratum> strata, boolean byType) {
        boolean byTrials = outcome == Outcome.WIN_RATE || outcome == Outcome.CO_SOLD_PER_INTEGRATION_USER;
        List<Stratum> shared = strata.stream().filter(s -> byTrials ? s.comparableTrials() : s.comparable()).toList();
        long compared1 = shared.stream().mapToLong(s -> s.group.getN()).sum();
        long compared0 = shared.stream().mapToLong(s -> s.reference.getN()).sum();
        double[] totals = {strata.stream().mapToDouble(s -> s.groupEvents).sum(), strata.stream().mapToDouble(s -> s.groupTrials).sum(),
                strata.stream().mapToDouble(s -> s.referenceEvents).sum(), strata.stream().mapToDouble(s -> s.referenceTrials).sum()};
        List<String> notes = new ArrayList<>();
        Estimate raw;
        Estimate adjusted;
        switch (outcome) {
            case WIN_RATE -> {
                boolean enough = totals[1] >= Limits.MIN_CLOSED_DEALS && totals[3] >= Limits.MIN_CLOSED_DEALS;
                raw = enough ? Ratios.riskRatio(totals[0], totals[1], totals[2], totals[3]) : null;
                adjusted = enough ? Ratios.mantelHaenszelRiskRatio(shared) : null;
                if (!enough) {
                    notes.add("fewer than " + Limits.MIN_CLOSED_DEALS + " closed deals on a side; not reported");
                }
            }
            case CO_SOLD_PER_INTEGRATION_USER -> {
                raw = Ratios.rateRatio(totals[0], totals[1], totals[2], totals[3]);
                adjusted = Ratios.mantelHaenszelRateRatio(shared);
                if (totals[1] <= 0 || totals[3] <= 0) {
                    notes.add("no customer uses the integrations of one of the groups; not reported");
                }
            }
            default -> {
                raw = Ratios.ratioOfMeans(Ratios.pooled(strata, true), Ratios.pooled(strata, false));
                adjusted = Ratios.stratifiedRatioOfMeans(shared);
            }
        }
        if (raw == null && notes.isEmpty()) {
            notes.add("the reference group has none; no ratio");
        }
        if (adjusted != null && (compared1 < MIN_GROUP_PARTNERS || compared0 < MIN_GROUP_PARTNERS)) {
            notes.add("adjusted: fewer than " + MIN_GROUP_PARTNERS + " partners of a group in strata shared with the other (" + compared1
                    + " / " + compared0 + "); not reported");
            adjusted = null;
        }
        boolean disagree = Ratios.disagree(raw, adjusted);
        if (disagree) {
            notes.add("raw and adjusted disagree beyond their intervals: the groups differ in partner "
                    + (byType ? "size or region" : "type, size or region") + ", which explains part of the raw ratio");
        }
        return new DriverRatio(outcome, raw == null ? null : raw.ratio(), raw == null ? null : raw.interval(),
                adjusted == null ? null : adjusted.ratio(), adjusted == null ? null : adjusted.interval(), shared.size(),
                compared1 + compared0, disagree, notes.isEmpty() ? null : String.join("; ", notes));
    }
}
