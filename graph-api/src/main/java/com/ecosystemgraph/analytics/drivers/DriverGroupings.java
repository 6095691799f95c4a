package com.ecosystemgraph.analytics.drivers;

import com.ecosystemgraph.analytics.Formats;
import com.ecosystemgraph.analytics.Statistics;
import com.ecosystemgraph.analytics.StoredValues;
import com.ecosystemgraph.analytics.AnalyticsRepository.PartnerRow;
import com.ecosystemgraph.analytics.drivers.PerformanceDrivers.Lever;
import com.ecosystemgraph.analytics.drivers.PerformanceDrivers.TypeMix;
import com.ecosystemgraph.analytics.drivers.PerformanceDrivers.TypeShare;
import com.ecosystemgraph.graph.PartnerType;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.commons.math3.stat.ranking.NaNStrategy;
import org.apache.commons.math3.stat.ranking.NaturalRanking;
import org.apache.commons.math3.stat.ranking.TiesStrategy;

/**
 * How performanceDrivers groups the partners by each program lever (pure functions of the rows):
 * the partners as units with their strata and engagement score, one grouping per lever, and the
 * type mix.
 */
final class DriverGroupings {

    private DriverGroupings() {
    }

    /** One partner with what it is grouped by and its outcomes in the period. */
    record Unit(String id, PartnerType type, int stratum, int stratumWithoutType, LocalDate signedOn, Long certified,
            Long logins, Long trainings, Long downloads, Double engagement, int depth, long users, double revenue,
            long won, long lost, long coSold) {
    }

    /** A lever's groups in order, the partners in each, and the reference group's key. */
    record Grouping(Lever lever, String description, String reference, Map<String, List<Unit>> groups, List<String> notes,
            boolean byType) {
    }

    // ---------------------------------------------------------------- partners

    static List<Unit> units(List<PartnerRow> rows, Map<String, ProfileRow> profiles) {
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
    static List<Unit> withEngagement(List<Unit> units) {
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

    static Double asDouble(Long value) {
        return value == null ? null : value.doubleValue();
    }

    // ---------------------------------------------------------------- groupings

    static Grouping certification(List<Unit> units) {
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

    static Grouping certifiedStaff(List<Unit> units) {
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

    static Grouping depth(List<Unit> units) {
        Map<String, List<Unit>> groups = groups(List.of("0", "1", "2", "3"));
        for (Unit u : units) {
            groups.get(Integer.toString(Math.max(0, Math.min(3, u.depth())))).add(u);
        }
        return new Grouping(Lever.INTEGRATION_DEPTH, "the deepest integration the partner built (launched by the as-of date): 0 none,"
                + " 1 data sync, 2 workflow automation, 3 unified experience; against level 1", "1", groups, new ArrayList<>(), false);
    }

    static Grouping quartiles(List<Unit> units, Lever lever, String description, Function<Unit, Double> value) {
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

    static Grouping trainings(List<Unit> units) {
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

    static Grouping types(List<Unit> units) {
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

    static Grouping tenure(List<Unit> units, LocalDate asOf) {
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

    static Map<String, List<Unit>> groups(List<String> keys) {
        Map<String, List<Unit>> groups = new LinkedHashMap<>();
        keys.forEach(k -> groups.put(k, new ArrayList<>()));
        return groups;
    }

    static void unknownNote(List<String> notes, long unknown, String what) {
        if (unknown > 0) {
            notes.add(unknown + " partners without " + what + " are left out");
        }
    }

    // ---------------------------------------------------------------- type mix

    static TypeMix typeMix(List<Unit> units) {
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
