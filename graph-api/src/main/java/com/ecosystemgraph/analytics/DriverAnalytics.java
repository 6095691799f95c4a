package com.ecosystemgraph.analytics;

import com.ecosystemgraph.analytics.AnalyticsRepository.Measure;
import com.ecosystemgraph.analytics.AnalyticsRepository.PartnerRow;
import com.ecosystemgraph.analytics.AnalyticsRepository.ProfileRow;
import com.ecosystemgraph.analytics.PerformanceDrivers.DriverGroup;
import com.ecosystemgraph.analytics.PerformanceDrivers.DriverLever;
import com.ecosystemgraph.analytics.PerformanceDrivers.DriverRatio;
import com.ecosystemgraph.analytics.PerformanceDrivers.Lever;
import com.ecosystemgraph.analytics.PerformanceDrivers.Outcome;
import com.ecosystemgraph.analytics.PerformanceDrivers.TypeMix;
import com.ecosystemgraph.analytics.PerformanceDrivers.TypeShare;
import com.ecosystemgraph.analytics.Ratios.Estimate;
import com.ecosystemgraph.analytics.Ratios.Stratum;
import com.ecosystemgraph.graph.PartnerType;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import org.apache.commons.math3.stat.ranking.NaNStrategy;
import org.apache.commons.math3.stat.ranking.NaturalRanking;
import org.apache.commons.math3.stat.ranking.TiesStrategy;
import org.springframework.stereotype.Service;

/**
 * performanceDrivers (docs/analytics.md#9): partners grouped by each program lever, their outcomes
 * per group, and each group's ratio to the lever's reference group, raw and like for like.
 *
 * <p>The outcomes come from the partner rollups (revenue, won and lost deals, co-sold rows: no deal
 * is read), the grouping from one statement over the partners and their integrations. Like for like
 * is a stratified estimate over partner type x size band x region ({@link Ratios}).
 */
@Service
class DriverAnalytics {

    /** Below this many partners a group's figures and ratios are not reported. */
    static final int MIN_GROUP_PARTNERS = 5;

    static final String ADJUSTMENT = "stratified by partner type x size band (employees 1-49, 50-249, 250-999, 1000+, unknown) x"
            + " region, strata pooled with Mantel-Haenszel weights n1·n0/(n1 + n0): Mantel-Haenszel risk ratio (win rate) and rate"
            + " ratio (co-sold deals per integration user) with Greenland-Robins intervals, weighted ratio of means (revenue, won"
            + " deals, co-sold deals per partner) with delta-method intervals; strata holding only one of the two groups do not count";

    private final AnalyticsRepository repository;

    DriverAnalytics(AnalyticsRepository repository) {
        this.repository = repository;
    }

    /** One partner with what it is grouped by and its outcomes in the period. */
    private record Unit(String id, PartnerType type, int stratum, int stratumWithoutType, LocalDate signedOn, Long certified,
            Long logins, Long trainings, Long downloads, Double engagement, int depth, long users, double revenue,
            long won, long lost, long coSold) {
    }

    /** A lever's groups in order, the partners in each, and the reference group's key. */
    private record Grouping(Lever lever, String description, String reference, Map<String, List<Unit>> groups, List<String> notes,
            boolean byType) {
    }

    PerformanceDrivers drivers(AnalyticsFilter given) {
        AnalyticsFilter filter = AnalyticsFilter.resolved(given, repository::snapshotDate);
        List<PartnerRow> rows = repository.partners(filter, EnumSet.of(Measure.REVENUE, Measure.OUTCOMES, Measure.CO_SOLD));
        Map<String, ProfileRow> profiles = repository.profiles(filter);
        LocalDate asOf = rows.isEmpty() ? filter.asOf() : rows.getFirst().asOf();
        List<Unit> units = units(rows, profiles);
        List<String> notes = new ArrayList<>();
        if (units.isEmpty()) {
            notes.add("no signed partner matches: nothing to group");
        }
        List<DriverLever> levers = new ArrayList<>();
        for (Grouping grouping : List.of(certification(units), certifiedStaff(units), depth(units),
                quartiles(units, Lever.ENGAGEMENT, "quartiles of the engagement score: the mean of the partner's percentile ranks in"
                        + " portal logins (90 days), training completions and content downloads (90 days)", Unit::engagement),
                quartiles(units, Lever.PORTAL_LOGINS, "quartiles of portal logins in the last 90 days", u -> asDouble(u.logins())),
                quartiles(units, Lever.CONTENT_DOWNLOADS, "quartiles of content downloads in the last 90 days",
                        u -> asDouble(u.downloads())),
                trainings(units), types(units), tenure(units, asOf))) {
            levers.add(lever(grouping));
        }
        return new PerformanceDrivers(asOf, filter.from(), units.size(), ADJUSTMENT, levers, typeMix(units), notes);
    }

    // ---------------------------------------------------------------- partners

    private static List<Unit> units(List<PartnerRow> rows, Map<String, ProfileRow> profiles) {
        List<Unit> units = new ArrayList<>();
        // strata as small integers, numbered in order of appearance (rows come ordered by id, so the numbering is stable)
        Map<String, Integer> strata = new java.util.HashMap<>();
        for (PartnerRow r : rows) {
            ProfileRow p = profiles.get(r.id());
            if (p == null) {
                continue;
            }
            PartnerType type = StoredValues.enumOf(PartnerType.class, r.type());
            String size = sizeBand(p.employees());
            String region = r.region() == null ? "unknown" : r.region();
            int stratum = strata.computeIfAbsent((type == null ? "unknown" : type.name()) + "|" + size + "|" + region, k -> strata.size());
            int withoutType = strata.computeIfAbsent(size + "|" + region, k -> strata.size());
            units.add(new Unit(r.id(), type, stratum, withoutType,
                    r.signedOn(), p.certifiedStaff(), p.portalLogins(), p.trainings(), p.downloads(), null,
                    p.depth() == null ? 0 : Math.toIntExact(p.depth()), p.integrationUsers(), r.revenue(), r.wonDeals(), r.lostDeals(),
                    r.coSoldRows()));
        }
        return withEngagement(units);
    }

    static String sizeBand(Long employees) {
        if (employees == null) {
            return "unknown";
        }
        return employees < 50 ? "1-49" : employees < 250 ? "50-249" : employees < 1000 ? "250-999" : "1000+";
    }

    /** The engagement score: the mean of the percentile ranks (ties averaged) of the three counts, for partners with all three. */
    private static List<Unit> withEngagement(List<Unit> units) {
        List<Unit> complete = units.stream().filter(u -> u.logins() != null && u.trainings() != null && u.downloads() != null).toList();
        if (complete.isEmpty()) {
            return units;
        }
        NaturalRanking ranking = new NaturalRanking(NaNStrategy.FAILED, TiesStrategy.AVERAGE);
        double[] logins = ranking.rank(complete.stream().mapToDouble(u -> u.logins()).toArray());
        double[] trainings = ranking.rank(complete.stream().mapToDouble(u -> u.trainings()).toArray());
        double[] downloads = ranking.rank(complete.stream().mapToDouble(u -> u.downloads()).toArray());
        Map<String, Double> score = new java.util.HashMap<>();
        for (int i = 0; i < complete.size(); i++) {
            score.put(complete.get(i).id(), (logins[i] + trainings[i] + downloads[i]) / (3.0 * complete.size()));
        }
        return units.stream().map(u -> new Unit(u.id(), u.type(), u.stratum(), u.stratumWithoutType(), u.signedOn(), u.certified(),
                u.logins(), u.trainings(), u.downloads(), score.get(u.id()), u.depth(), u.users(), u.revenue(), u.won(), u.lost(),
                u.coSold())).toList();
    }

    private static Double asDouble(Long value) {
        return value == null ? null : value.doubleValue();
    }

    // ---------------------------------------------------------------- groupings

    private static Grouping certification(List<Unit> units) {
        List<String> notes = new ArrayList<>();
        Map<String, List<Unit>> groups = groups(List.of("0", "1+"));
        long unknown = 0;
        for (Unit u : units) {
            if (u.certified() == null) {
                unknown++;
            } else {
                groups.get(u.certified() > 0 ? "1+" : "0").add(u);
            }
        }
        unknownNote(notes, unknown, "certified staff");
        return new Grouping(Lever.CERTIFICATION, "certified staff: none (0) against one or more (1+)", "0", groups, notes, false);
    }

    private static Grouping certifiedStaff(List<Unit> units) {
        List<String> notes = new ArrayList<>();
        Map<String, List<Unit>> groups = groups(List.of("0", "1-2", "3-5", "6-10", "11+"));
        long unknown = 0;
        for (Unit u : units) {
            if (u.certified() == null) {
                unknown++;
                continue;
            }
            long c = u.certified();
            groups.get(c == 0 ? "0" : c <= 2 ? "1-2" : c <= 5 ? "3-5" : c <= 10 ? "6-10" : "11+").add(u);
        }
        unknownNote(notes, unknown, "certified staff");
        return new Grouping(Lever.CERTIFIED_STAFF, "certified staff in bands, against none (0)", "0", groups, notes, false);
    }

    private static Grouping depth(List<Unit> units) {
        Map<String, List<Unit>> groups = groups(List.of("0", "1", "2", "3"));
        for (Unit u : units) {
            groups.get(Integer.toString(Math.max(0, Math.min(3, u.depth())))).add(u);
        }
        return new Grouping(Lever.INTEGRATION_DEPTH, "the deepest integration the partner built (launched by the as-of date): 0 none,"
                + " 1 data sync, 2 workflow automation, 3 unified experience; against level 1", "1", groups, new ArrayList<>(), false);
    }

    private static Grouping quartiles(List<Unit> units, Lever lever, String description, Function<Unit, Double> value) {
        List<String> notes = new ArrayList<>();
        Map<String, List<Unit>> groups = groups(List.of("Q1", "Q2", "Q3", "Q4"));
        List<Unit> known = units.stream().filter(u -> value.apply(u) != null).toList();
        unknownNote(notes, units.size() - known.size(), "engagement counts");
        if (!known.isEmpty()) {
            double[] values = known.stream().mapToDouble(u -> value.apply(u)).toArray();
            double q1 = Statistics.quantile(values, 0.25);
            double q2 = Statistics.quantile(values, 0.5);
            double q3 = Statistics.quantile(values, 0.75);
            for (Unit u : known) {
                double v = value.apply(u);
                groups.get(v <= q1 ? "Q1" : v <= q2 ? "Q2" : v <= q3 ? "Q3" : "Q4").add(u);
            }
            notes.add("quartile bounds " + Formats.ratio(q1) + " / " + Formats.ratio(q2) + " / " + Formats.ratio(q3)
                    + " (a partner on a bound belongs to the lower quartile)");
        }
        return new Grouping(lever, description + "; against the lowest quartile (Q1)", "Q1", groups, notes, false);
    }

    private static Grouping trainings(List<Unit> units) {
        List<String> notes = new ArrayList<>();
        Map<String, List<Unit>> groups = groups(List.of("0", "1-2", "3-5", "6+"));
        long unknown = 0;
        for (Unit u : units) {
            if (u.trainings() == null) {
                unknown++;
                continue;
            }
            long t = u.trainings();
            groups.get(t == 0 ? "0" : t <= 2 ? "1-2" : t <= 5 ? "3-5" : "6+").add(u);
        }
        unknownNote(notes, unknown, "training completions");
        return new Grouping(Lever.TRAINING_COMPLETIONS, "training completions in bands, against none (0)", "0", groups, notes, false);
    }

    private static Grouping types(List<Unit> units) {
        Map<String, List<Unit>> groups = new LinkedHashMap<>();
        for (PartnerType type : PartnerType.values()) {
            groups.put(StoredValues.lower(type), new ArrayList<>());
        }
        List<String> notes = new ArrayList<>();
        long unknown = 0;
        for (Unit u : units) {
            if (u.type() == null) {
                unknown++;
            } else {
                groups.get(StoredValues.lower(u.type())).add(u);
            }
        }
        unknownNote(notes, unknown, "type");
        String reference = groups.entrySet().stream().max(Comparator.comparingInt((Map.Entry<String, List<Unit>> e) -> e.getValue().size())
                .thenComparing(Map.Entry::getKey, Comparator.reverseOrder())).map(Map.Entry::getKey).orElse(null);
        return new Grouping(Lever.PARTNER_TYPE, "partner type, against the most numerous type (adjusted for size band and region only)",
                reference, groups, notes, true);
    }

    private static Grouping tenure(List<Unit> units, LocalDate asOf) {
        List<String> notes = new ArrayList<>();
        Map<String, List<Unit>> groups = groups(List.of("under 1 year", "1-2 years", "2-3 years", "3-5 years", "5+ years"));
        long unknown = 0;
        for (Unit u : units) {
            if (u.signedOn() == null || asOf == null) {
                unknown++;
                continue;
            }
            long months = ChronoUnit.MONTHS.between(u.signedOn(), asOf);
            groups.get(months < 12
                    ? "under 1 year"
                    : months < 24
                            ? "1-2 years"
                            : months < 36
                                    ? "2-3 years"
                                    : months < 60
                                            ? "3-5 years"
                                            : "5+ years")
                    .add(u);
        }
        unknownNote(notes, unknown, "signing date");
        notes.add("revenue and deals count in the period only: partners signed inside it had less time to earn them");
        return new Grouping(Lever.TENURE, "years since signing at the as-of date, against 1-2 years", "1-2 years", groups, notes, false);
    }

    private static Map<String, List<Unit>> groups(List<String> keys) {
        Map<String, List<Unit>> groups = new LinkedHashMap<>();
        keys.forEach(k -> groups.put(k, new ArrayList<>()));
        return groups;
    }

    private static void unknownNote(List<String> notes, long unknown, String what) {
        if (unknown > 0) {
            notes.add(unknown + " partners without " + what + " are left out");
        }
    }

    // ---------------------------------------------------------------- comparisons

    private static DriverLever lever(Grouping g) {
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

    private static String emptyLeverNote(Lever lever) {
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

    private static DriverGroup group(String key, boolean reference, List<Unit> members, boolean integrations, List<DriverRatio> ratios) {
        boolean enough = members.size() >= MIN_GROUP_PARTNERS;
        long won = members.stream().mapToLong(Unit::won).sum();
        long closed = won + members.stream().mapToLong(Unit::lost).sum();
        long users = members.stream().mapToLong(Unit::users).sum();
        long coSold = members.stream().mapToLong(Unit::coSold).sum();
        return new DriverGroup(key, reference, members.size(), enough ? mean(members, Unit::revenue) : null,
                enough ? mean(members, u -> u.won()) : null, closed,
                enough ? Statistics.rate(won, closed, Analytics.MIN_CLOSED_DEALS) : null,
                enough ? mean(members, u -> u.coSold()) : null, integrations ? users : null,
                integrations && enough && users > 0 ? (double) coSold / users : null, ratios);
    }

    private static double mean(List<Unit> units, ToDoubleFunction<Unit> value) {
        return units.stream().mapToDouble(value).average().orElse(0);
    }

    /**
     * The group against the reference on each outcome, raw and within strata holding both. One pass
     * over the partners gathers, per stratum and side, the counts, sums and sums of squares every
     * outcome needs (at 100x this runs some 150 times over thousands of partners).
     */
    private static List<DriverRatio> ratios(List<Outcome> outcomes, List<Unit> group, List<Unit> reference, boolean byType) {
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

    private static DriverRatio ratio(Outcome outcome, List<Stratum> strata, boolean byType) {
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
                boolean enough = totals[1] >= Analytics.MIN_CLOSED_DEALS && totals[3] >= Analytics.MIN_CLOSED_DEALS;
                raw = enough ? Ratios.riskRatio(totals[0], totals[1], totals[2], totals[3]) : null;
                adjusted = enough ? Ratios.mantelHaenszelRiskRatio(shared) : null;
                if (!enough) {
                    notes.add("fewer than " + Analytics.MIN_CLOSED_DEALS + " closed deals on a side; not reported");
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

    // ---------------------------------------------------------------- type mix

    private static TypeMix typeMix(List<Unit> units) {
        double total = units.stream().mapToDouble(Unit::revenue).sum();
        List<TypeShare> shares = new ArrayList<>();
        for (PartnerType type : PartnerType.values()) {
            List<Unit> of = units.stream().filter(u -> u.type() == type).toList();
            if (of.isEmpty()) {
                continue;
            }
            double revenue = of.stream().mapToDouble(Unit::revenue).sum();
            shares.add(new TypeShare(type, of.size(), of.size() / (double) units.size(), revenue, total > 0 ? revenue / total : null));
        }
        Integer focus = null;
        if (total > 0) {
            double cumulative = 0;
            int n = 0;
            for (TypeShare s : shares.stream().sorted(Comparator.comparingDouble(TypeShare::revenue).reversed()).toList()) {
                cumulative += s.revenue();
                n++;
                if (cumulative >= 0.8 * total) {
                    break;
                }
            }
            focus = n;
        }
        return new TypeMix(shares, focus, "the sources' 3.2x for companies focused on 2-3 partnership types compares companies;"
                + " within one ecosystem only its own mix can be shown: how many types carry 80 % of partner-driven revenue");
    }
}
