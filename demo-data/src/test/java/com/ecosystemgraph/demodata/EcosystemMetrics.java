package com.ecosystemgraph.demodata;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Test helper: measures the planted effects from the written CSV files alone, the way the analytics
 * and the model training will see them.
 */
final class EcosystemMetrics {

    record Partner(String id, String type, String status, String tier, String region, int employees, int certified,
            LocalDate signedOn, int logins, int trainings, int downloads, double hourlyRate) {
    }

    record Deal(String id, String customer, double amount, String outcome, LocalDate created, LocalDate closed,
            String source) {
    }

    record Role(String deal, String partner, String role, LocalDate registered, String stage, double hours,
            double earnings) {
    }

    final LocalDate snapshot;
    final LocalDate t12Start;
    final Map<String, Partner> partners = new LinkedHashMap<>();
    final Map<String, Deal> deals = new LinkedHashMap<>();
    final List<Role> roles = new ArrayList<>();
    final Map<String, List<Role>> rolesByDeal = new HashMap<>();
    final Map<String, Double> probability = new HashMap<>();
    final Map<String, Double> creditedAllTime = new HashMap<>();
    final Map<String, Double> creditedT12 = new HashMap<>();
    final Map<String, Integer> maxDepth = new HashMap<>();
    final Map<String, Integer> servedCount = new HashMap<>();
    final Map<String, Boolean> customerChurned = new HashMap<>();
    final Map<String, String> customerSegment = new HashMap<>();
    final Map<String, Set<String>> integrationsByCustomer = new HashMap<>();
    final List<String[]> referrals = new ArrayList<>();
    final Map<String, Double> investmentTotal = new HashMap<>();

    EcosystemMetrics(Path folder) {
        for (Map<String, String> r : EcosystemCsv.read(folder.resolve("partners.csv")).rows()) {
            partners.put(r.get("id"), new Partner(r.get("id"), r.get("type"), r.get("status"), r.get("tier"),
                    r.get("region"), Integer.parseInt(r.get("employees")), Integer.parseInt(r.get("certified_staff")),
                    r.get("signed_on").isEmpty() ? null : LocalDate.parse(r.get("signed_on")),
                    Integer.parseInt(r.get("portal_logins_90d")), Integer.parseInt(r.get("trainings_completed")),
                    Integer.parseInt(r.get("content_downloads_90d")), Double.parseDouble(r.get("hourly_rate"))));
        }
        LocalDate newest = LocalDate.MIN;
        for (Map<String, String> r : EcosystemCsv.read(folder.resolve("deals.csv")).rows()) {
            Deal d = new Deal(r.get("id"), r.get("customer_id"), Double.parseDouble(r.get("amount")), r.get("outcome"),
                    LocalDate.parse(r.get("created_on")),
                    r.get("closed_on").isEmpty() ? null : LocalDate.parse(r.get("closed_on")), r.get("source"));
            deals.put(d.id(), d);
            newest = max(newest, d.closed() == null ? d.created() : d.closed());
        }
        for (Map<String, String> r : EcosystemCsv.read(folder.resolve("deal_partners.csv")).rows()) {
            Role role = new Role(r.get("deal_id"), r.get("partner_id"), r.get("role"),
                    r.get("registered_on").isEmpty() ? null : LocalDate.parse(r.get("registered_on")),
                    r.get("registration_stage"), Double.parseDouble(r.get("partner_hours")),
                    Double.parseDouble(r.get("partner_earnings")));
            roles.add(role);
            rolesByDeal.computeIfAbsent(role.deal(), k -> new ArrayList<>()).add(role);
        }
        for (Map<String, String> r : EcosystemCsv.read(folder.resolve("referrals.csv")).rows()) {
            referrals.add(new String[]{r.get("referrer_id"), r.get("referred_id"), r.get("referred_on")});
            newest = max(newest, LocalDate.parse(r.get("referred_on")));
        }
        for (Map<String, String> r : EcosystemCsv.read(folder.resolve("investments.csv")).rows()) {
            investmentTotal.merge(r.get("partner_id"), Double.parseDouble(r.get("amount")), Double::sum);
            newest = max(newest, LocalDate.parse(r.get("spent_on")));
        }
        snapshot = newest;
        t12Start = snapshot.minusMonths(12);
        for (Map<String, String> r : EcosystemCsv.read(folder.resolve("planted/partner_truth.csv")).rows()) {
            probability.put(r.get("partner_id"), Double.parseDouble(r.get("success_probability")));
        }
        for (Map<String, String> r : EcosystemCsv.read(folder.resolve("integrations.csv")).rows()) {
            maxDepth.merge(r.get("partner_id"), Integer.parseInt(r.get("depth")), Math::max);
        }
        Map<String, String> integrationPartner = new HashMap<>();
        for (Map<String, String> r : EcosystemCsv.read(folder.resolve("integrations.csv")).rows()) {
            integrationPartner.put(r.get("id"), r.get("partner_id"));
        }
        for (Map<String, String> r : EcosystemCsv.read(folder.resolve("customer_integrations.csv")).rows()) {
            integrationsByCustomer.computeIfAbsent(r.get("customer_id"), k -> new HashSet<>()).add(r.get("integration_id"));
        }
        for (Map<String, String> r : EcosystemCsv.read(folder.resolve("partner_customers.csv")).rows()) {
            servedCount.merge(r.get("partner_id"), 1, Integer::sum);
        }
        for (Map<String, String> r : EcosystemCsv.read(folder.resolve("customers.csv")).rows()) {
            customerChurned.put(r.get("id"), Boolean.parseBoolean(r.get("churned")));
            customerSegment.put(r.get("id"), r.get("segment"));
        }
        for (Role role : roles) {
            Deal d = deals.get(role.deal());
            if (!role.role().equals("influenced") && d.outcome().equals("won")) {
                creditedAllTime.merge(role.partner(), d.amount(), Double::sum);
                if (d.closed().isAfter(t12Start)) {
                    creditedT12.merge(role.partner(), d.amount(), Double::sum);
                }
            }
        }
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    // ---------------------------------------------------------------- label and rankings

    List<Partner> labelled() {
        List<Partner> list = new ArrayList<>();
        for (Partner p : partners.values()) {
            if (p.status().equals("active") && !p.signedOn().isAfter(t12Start)) {
                list.add(p);
            }
        }
        return list;
    }

    boolean label(Partner p) {
        return creditedT12.getOrDefault(p.id(), 0.0) >= 100_000;
    }

    double baseRate() {
        List<Partner> l = labelled();
        return l.stream().filter(this::label).count() / (double) l.size();
    }

    double oracleAuc() {
        return auc(labelled(), p -> probability.get(p.id()));
    }

    double engagementAuc() {
        return auc(labelled(), p -> (double) (p.logins() + p.trainings() + p.downloads()));
    }

    double tierAuc() {
        List<String> order = List.of("registered", "silver", "gold", "platinum");
        return auc(labelled(), p -> (double) order.indexOf(p.tier()));
    }

    private double auc(List<Partner> list, java.util.function.ToDoubleFunction<Partner> score) {
        double[] scores = new double[list.size()];
        boolean[] positive = new boolean[list.size()];
        for (int i = 0; i < list.size(); i++) {
            scores[i] = score.applyAsDouble(list.get(i));
            positive[i] = label(list.get(i));
        }
        return auc(scores, positive);
    }

    /** Mann-Whitney AUC with average ranks for ties. */
    static double auc(double[] scores, boolean[] positive) {
        Integer[] order = new Integer[scores.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> scores[i]));
        double rankSum = 0;
        long positives = 0;
        int i = 0;
        while (i < order.length) {
            int j = i;
            while (j + 1 < order.length && scores[order[j + 1]] == scores[order[i]]) {
                j++;
            }
            double rank = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                if (positive[order[k]]) {
                    rankSum += rank;
                    positives++;
                }
            }
            i = j + 1;
        }
        long negatives = scores.length - positives;
        return (rankSum - positives * (positives + 1) / 2.0) / (positives * (double) negatives);
    }

    // ---------------------------------------------------------------- revenue effects

    List<Partner> signed() {
        return partners.values().stream().filter(p -> !p.status().equals("prospect")).toList();
    }

    double certifiedRatio() {
        double certified = 0;
        double other = 0;
        int nc = 0;
        int no = 0;
        for (Partner p : signed()) {
            double revenue = creditedAllTime.getOrDefault(p.id(), 0.0);
            if (p.certified() > 0) {
                certified += revenue;
                nc++;
            } else {
                other += revenue;
                no++;
            }
        }
        return (certified / nc) / (other / no);
    }

    double winRate(String source) {
        long won = 0;
        long closed = 0;
        for (Deal d : deals.values()) {
            if (d.source().equals(source) && !d.outcome().equals("open")) {
                closed++;
                won += d.outcome().equals("won") ? 1 : 0;
            }
        }
        return won / (double) closed;
    }

    double averageWonAmount(String source) {
        return deals.values().stream().filter(d -> d.source().equals(source) && d.outcome().equals("won"))
                .mapToDouble(Deal::amount).average().orElse(0);
    }

    /** Average won amount of one source at customers of one segment. */
    double averageWonAmount(String source, String segment) {
        return deals.values().stream().filter(d -> d.source().equals(source) && d.outcome().equals("won")
                && segment.equals(customerSegment.get(d.customer()))).mapToDouble(Deal::amount).average().orElse(0);
    }

    double medianDaysToClose(String source) {
        double[] days = deals.values().stream().filter(d -> d.source().equals(source) && d.outcome().equals("won"))
                .mapToDouble(d -> ChronoUnit.DAYS.between(d.created(), d.closed())).sorted().toArray();
        return days.length % 2 == 1 ? days[days.length / 2] : (days[days.length / 2 - 1] + days[days.length / 2]) / 2;
    }

    /** Average co-sold deal rows of integration-building signed partners, by deepest integration level. */
    double coSoldPerBuilder(int depth) {
        Map<String, Integer> coSold = new HashMap<>();
        for (Role r : roles) {
            if (r.role().equals("co_sold")) {
                coSold.merge(r.partner(), 1, Integer::sum);
            }
        }
        long total = 0;
        int builders = 0;
        for (Partner p : signed()) {
            if (maxDepth.getOrDefault(p.id(), 0) == depth) {
                builders++;
                total += coSold.getOrDefault(p.id(), 0);
            }
        }
        return total / (double) builders;
    }

    double[] partnerRevenueSorted() {
        return signed().stream().mapToDouble(p -> creditedAllTime.getOrDefault(p.id(), 0.0)).sorted().toArray();
    }

    double topDecileShare() {
        double[] revenue = partnerRevenueSorted();
        int top = (int) Math.ceil(revenue.length * 0.1);
        double total = Arrays.stream(revenue).sum();
        double topSum = 0;
        for (int i = revenue.length - top; i < revenue.length; i++) {
            topSum += revenue[i];
        }
        return topSum / total;
    }

    double gini() {
        double[] x = partnerRevenueSorted();
        double n = x.length;
        double weighted = 0;
        double total = 0;
        for (int i = 0; i < x.length; i++) {
            weighted += (i + 1) * x[i];
            total += x[i];
        }
        return (2 * weighted) / (n * total) - (n + 1) / n;
    }

    double partnerDrivenShare() {
        double partner = 0;
        double all = 0;
        for (Deal d : deals.values()) {
            if (d.outcome().equals("won")) {
                all += d.amount();
                if (d.source().equals("partner_sourced") || d.source().equals("co_sold")) {
                    partner += d.amount();
                }
            }
        }
        return partner / all;
    }

    // ---------------------------------------------------------------- combinations

    /** Win rate and average won amount of deals with both partners, and of each partner's deals without the other. */
    record PairStats(int together, double togetherWinRate, double apartWinRateA, double apartWinRateB,
            double togetherAmount, double apartAmountA, double apartAmountB, double incrementalRevenue) {
    }

    PairStats pairStats(String a, String b) {
        int[] together = new int[3];
        int[] apartA = new int[3];
        int[] apartB = new int[3];
        double[] amount = new double[3];
        for (Map.Entry<String, List<Role>> e : rolesByDeal.entrySet()) {
            boolean hasA = false;
            boolean hasB = false;
            for (Role r : e.getValue()) {
                hasA |= r.partner().equals(a);
                hasB |= r.partner().equals(b);
            }
            Deal d = deals.get(e.getKey());
            if (hasA && hasB) {
                count(together, d);
                amount[0] += d.outcome().equals("won") ? d.amount() : 0;
            } else if (hasA) {
                count(apartA, d);
                amount[1] += d.outcome().equals("won") ? d.amount() : 0;
            } else if (hasB) {
                count(apartB, d);
                amount[2] += d.outcome().equals("won") ? d.amount() : 0;
            }
        }
        double wrT = together[1] / (double) Math.max(1, together[0]);
        double wrA = apartA[1] / (double) Math.max(1, apartA[0]);
        double wrB = apartB[1] / (double) Math.max(1, apartB[0]);
        double avgT = amount[0] / Math.max(1, together[1]);
        double incremental = (wrT - Math.max(wrA, wrB)) * together[0] * avgT;
        return new PairStats(together[2], wrT, wrA, wrB, avgT, amount[1] / Math.max(1, apartA[1]),
                amount[2] / Math.max(1, apartB[1]), incremental);
    }

    private static void count(int[] counts, Deal d) {
        counts[2]++;
        if (!d.outcome().equals("open")) {
            counts[0]++;
            counts[1] += d.outcome().equals("won") ? 1 : 0;
        }
    }

    /** All partner pairs sharing at least {@code minDeals} deals, best expected incremental revenue first. */
    List<Map.Entry<String, PairStats>> rankedPairs(int minDeals) {
        Map<String, Integer> joint = new TreeMap<>();
        for (List<Role> list : rolesByDeal.values()) {
            List<String> ids = list.stream().map(Role::partner).sorted().distinct().toList();
            for (int i = 0; i < ids.size(); i++) {
                for (int j = i + 1; j < ids.size(); j++) {
                    joint.merge(ids.get(i) + "|" + ids.get(j), 1, Integer::sum);
                }
            }
        }
        List<Map.Entry<String, PairStats>> ranked = new ArrayList<>();
        for (Map.Entry<String, Integer> e : joint.entrySet()) {
            if (e.getValue() >= minDeals) {
                String[] ab = e.getKey().split("\\|");
                ranked.add(Map.entry(e.getKey(), pairStats(ab[0], ab[1])));
            }
        }
        ranked.sort(Comparator.comparingDouble((Map.Entry<String, PairStats> e) -> -e.getValue().incrementalRevenue()));
        return ranked;
    }

    /** Churn rate of customers using both integrations, and of those using exactly one. */
    double[] comboChurn(String x, String y) {
        int both = 0;
        int bothChurned = 0;
        int one = 0;
        int oneChurned = 0;
        for (Map.Entry<String, Set<String>> e : integrationsByCustomer.entrySet()) {
            boolean hasX = e.getValue().contains(x);
            boolean hasY = e.getValue().contains(y);
            boolean churned = customerChurned.get(e.getKey());
            if (hasX && hasY) {
                both++;
                bothChurned += churned ? 1 : 0;
            } else if (hasX || hasY) {
                one++;
                oneChurned += churned ? 1 : 0;
            }
        }
        return new double[]{bothChurned / (double) both, oneChurned / (double) Math.max(1, one), both, one};
    }

    // ---------------------------------------------------------------- referrals

    Map<String, List<String>> referralChildren() {
        Map<String, List<String>> children = new TreeMap<>();
        for (String[] r : referrals) {
            children.computeIfAbsent(r[0], k -> new ArrayList<>()).add(r[1]);
        }
        return children;
    }

    /** Credited revenue of every partner reachable downstream through referrals (not the node itself). */
    Map<String, Double> downstreamRevenue() {
        Map<String, List<String>> children = referralChildren();
        Map<String, Double> result = new TreeMap<>();
        for (String root : children.keySet()) {
            if (!partners.containsKey(root)) {
                continue;
            }
            Set<String> seen = new HashSet<>();
            Deque<String> stack = new ArrayDeque<>(children.get(root));
            double sum = 0;
            while (!stack.isEmpty()) {
                String node = stack.pop();
                if (!seen.add(node)) {
                    continue;
                }
                sum += creditedAllTime.getOrDefault(node, 0.0);
                stack.addAll(children.getOrDefault(node, List.of()));
            }
            result.put(root, sum);
        }
        return result;
    }

    int longestChain() {
        Map<String, List<String>> children = referralChildren();
        Map<String, Integer> memo = new HashMap<>();
        int best = 0;
        for (String node : children.keySet()) {
            best = Math.max(best, depth(node, children, memo, new HashSet<>()));
        }
        return best;
    }

    private int depth(String node, Map<String, List<String>> children, Map<String, Integer> memo, Set<String> path) {
        Integer known = memo.get(node);
        if (known != null) {
            return known;
        }
        if (!path.add(node)) {
            return 0;
        }
        int best = 0;
        for (String child : children.getOrDefault(node, List.of())) {
            best = Math.max(best, 1 + depth(child, children, memo, path));
        }
        path.remove(node);
        memo.put(node, best);
        return best;
    }

    // ---------------------------------------------------------------- economics, conflicts, onboarding

    double belowReturnShare(double threshold) {
        Map<String, double[]> totals = new HashMap<>();
        for (Role r : roles) {
            double[] t = totals.computeIfAbsent(r.partner(), k -> new double[2]);
            t[0] += r.earnings();
            t[1] += r.hours();
        }
        int below = 0;
        int all = 0;
        for (Map.Entry<String, double[]> e : totals.entrySet()) {
            if (e.getValue()[1] <= 0) {
                continue;
            }
            all++;
            double hourlyReturn = e.getValue()[0] / e.getValue()[1];
            if (hourlyReturn < threshold * partners.get(e.getKey()).hourlyRate()) {
                below++;
            }
        }
        return below / (double) all;
    }

    /**
     * Share of customers with a channel conflict: two deals whose registered sourced/co-sold partners
     * differ, registered within 30 days of each other; or a direct deal created within 30 days of a
     * partner's registration or creation of a registered partner deal.
     */
    double conflictCustomerShare() {
        return conflictCustomers().size() / (double) customerChurned.size();
    }

    Set<String> conflictCustomers() {
        Map<String, List<Deal>> byCustomer = new HashMap<>();
        for (Deal d : deals.values()) {
            byCustomer.computeIfAbsent(d.customer(), k -> new ArrayList<>()).add(d);
        }
        Set<String> result = new TreeSet<>();
        for (Map.Entry<String, List<Deal>> e : byCustomer.entrySet()) {
            List<Deal> list = e.getValue();
            outer : for (int i = 0; i < list.size(); i++) {
                for (int j = i + 1; j < list.size(); j++) {
                    if (conflict(list.get(i), list.get(j))) {
                        result.add(e.getKey());
                        break outer;
                    }
                }
            }
        }
        return result;
    }

    private boolean conflict(Deal x, Deal y) {
        List<Role> rx = registered(x);
        List<Role> ry = registered(y);
        if (!rx.isEmpty() && !ry.isEmpty()) {
            Set<String> px = new HashSet<>();
            rx.forEach(r -> px.add(r.partner()));
            for (Role r : ry) {
                if (px.contains(r.partner())) {
                    return false;
                }
            }
            return within(rx.get(0).registered(), ry.get(0).registered());
        }
        if (x.source().equals("direct") && !ry.isEmpty()) {
            return within(x.created(), ry.get(0).registered()) || within(x.created(), y.created());
        }
        if (y.source().equals("direct") && !rx.isEmpty()) {
            return within(y.created(), rx.get(0).registered()) || within(y.created(), x.created());
        }
        return false;
    }

    private List<Role> registered(Deal d) {
        List<Role> list = new ArrayList<>();
        for (Role r : rolesByDeal.getOrDefault(d.id(), List.of())) {
            if (!r.role().equals("influenced") && r.registered() != null) {
                list.add(r);
            }
        }
        return list;
    }

    private static boolean within(LocalDate a, LocalDate b) {
        return Math.abs(ChronoUnit.DAYS.between(a, b)) <= 30;
    }

    /** Among partners signed inside the deal history that have any deal: share whose first deal came within 90 days. */
    double firstDealWithin90Days(LocalDate historyStart) {
        Map<String, LocalDate> first = new HashMap<>();
        for (Role r : roles) {
            LocalDate created = deals.get(r.deal()).created();
            first.merge(r.partner(), created, (a, b) -> a.isBefore(b) ? a : b);
        }
        int within = 0;
        int all = 0;
        for (Partner p : signed()) {
            if (p.signedOn().isBefore(historyStart) || !first.containsKey(p.id())) {
                continue;
            }
            all++;
            within += ChronoUnit.DAYS.between(p.signedOn(), first.get(p.id())) < 90 ? 1 : 0;
        }
        return within / (double) all;
    }

    /** Share of each role per partner type. */
    Map<String, Map<String, Double>> roleMixByType() {
        Map<String, Map<String, Double>> counts = new TreeMap<>();
        for (Role r : roles) {
            counts.computeIfAbsent(partners.get(r.partner()).type(), k -> new TreeMap<>()).merge(r.role(), 1.0, Double::sum);
        }
        for (Map<String, Double> m : counts.values()) {
            double total = m.values().stream().mapToDouble(Double::doubleValue).sum();
            m.replaceAll((k, v) -> v / total);
        }
        return counts;
    }

    /** Partners at or above the top-quartile investment total. */
    double investmentQuartile() {
        double[] totals = signed().stream().mapToDouble(p -> investmentTotal.getOrDefault(p.id(), 0.0)).sorted().toArray();
        return totals[(int) Math.floor(0.75 * totals.length)];
    }

    int maxServed() {
        return servedCount.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    }
}
