package com.ecosystemgraph.analytics;

import com.ecosystemgraph.analytics.AnalyticsRepository.Measure;
import com.ecosystemgraph.analytics.AnalyticsRepository.PartnerRow;
import com.ecosystemgraph.analytics.AnalyticsRepository.ReferralEdge;
import com.ecosystemgraph.graphql.BadRequestException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Referral credit: the decayed revenue that descends from a partner's referrals, exactly as
 * {@code referralReach} counts it (docs/analytics.md#7): every partner, prospect and customer
 * reachable along REFERRED within maxHops (referrals dated on or before the as-of date), at its
 * shortest hop count h, contributes its revenue in the period x decay^(h-1) (a partner its
 * partner-driven revenue, a customer its won deals).
 *
 * <p>Computed for many partners at once without reading a deal twice: the referral network as of the
 * date is read once (a few thousand relationships even at 100x) and walked breadth first here; the
 * reached partners' revenue comes from the partner rollups the caller has already read (the rest by
 * id), the reached customers' from one statement over those customers only.
 */
public final class NetworkCredit {

    public static final int DEFAULT_HOPS = 3;
    public static final double DEFAULT_DECAY = 0.5;

    /** A partner's referral credit and what it reached. */
    public record Credit(double credit, long partnersReached, long customersReached) {
        static final Credit NONE = new Credit(0, 0, 0);
    }

    /** The credit of each partner asked for, and whether the network had any referral at all. */
    public record Credits(Map<String, Credit> byPartner, long referrals) {
        public Credit of(String partnerId) {
            return byPartner.getOrDefault(partnerId, Credit.NONE);
        }
    }

    /** Refuses hop counts outside 1..10 and a decay outside (0, 1]. */
    public static void checkReach(int maxHops, double decay) {
        if (maxHops < 1 || maxHops > 10) {
            throw new BadRequestException("maxHops must be 1 to 10, was " + maxHops);
        }
        if (!(decay > 0) || decay > 1) {
            throw new BadRequestException("decay must be above 0 and at most 1 (credit kept per further hop), was " + decay);
        }
    }

    private final AnalyticsRepository repository;

    public NetworkCredit(AnalyticsRepository repository) {
        this.repository = repository;
    }

    /**
     * Each referrer's credit: the revenue of every partner and customer its referrals reach within
     * maxHops (breadth first, at the shortest hop count), each further hop counting decay as much.
     *
     * @param filter         the period and as-of date (resolved); its partner conditions are not used for the reached partners
     * @param referrers      the partners to credit
     * @param partnerRevenue partner-driven revenue in the period of partners already read; any other partner reached is read by id
     */
    public Credits credit(AnalyticsFilter filter, Collection<String> referrers, Map<String, Double> partnerRevenue, int maxHops,
            double decay) {
        List<ReferralEdge> edges = repository.referralEdges(filter);
        if (edges.isEmpty()) {
            return new Credits(Map.of(), 0);
        }
        Map<String, List<String>> out = new HashMap<>();
        for (ReferralEdge e : edges) {
            out.computeIfAbsent(key(e.fromKind(), e.fromId()), k -> new ArrayList<>()).add(key(e.toKind(), e.toId()));
        }
        // breadth first from each referrer: every node at its shortest hop count
        Map<String, Map<String, Integer>> reached = new HashMap<>();
        TreeSet<String> unknownPartners = new TreeSet<>();
        TreeSet<String> customers = new TreeSet<>();
        for (String referrer : referrers) {
            String start = key("Partner", referrer);
            if (!out.containsKey(start)) {
                continue;
            }
            Map<String, Integer> hops = reached(out, start, maxHops);
            reached.put(referrer, hops);
            for (String node : hops.keySet()) {
                String id = node.substring(2);
                if (node.startsWith("C:")) {
                    customers.add(id);
                } else if (!partnerRevenue.containsKey(id)) {
                    unknownPartners.add(id);
                }
            }
        }
        Map<String, Double> revenue = new HashMap<>(partnerRevenue);
        if (!unknownPartners.isEmpty()) {
            for (PartnerRow row : repository.partners(filter, EnumSet.of(Measure.REVENUE), List.copyOf(unknownPartners))) {
                revenue.put(row.id(), row.revenue());
            }
        }
        Map<String, Double> customerRevenue = customers.isEmpty() ? Map.of() : repository.customerRevenue(filter, List.copyOf(customers));
        Map<String, Credit> result = new HashMap<>();
        reached.forEach((referrer, hops) -> result.put(referrer, credit(hops, revenue, customerRevenue, decay)));
        return new Credits(result, edges.size());
    }

    /** Breadth first from start: every node reached within maxHops, at its shortest hop count (start itself left out). */
    static Map<String, Integer> reached(Map<String, List<String>> out, String start, int maxHops) {
        Map<String, Integer> hops = new HashMap<>();
        hops.put(start, 0);
        Deque<String> queue = new ArrayDeque<>();
        queue.add(start);
        while (!queue.isEmpty()) {
            String node = queue.poll();
            int h = hops.get(node);
            if (h == maxHops) {
                continue;
            }
            for (String next : out.getOrDefault(node, List.of())) {
                if (!hops.containsKey(next)) {
                    hops.put(next, h + 1);
                    queue.add(next);
                }
            }
        }
        hops.remove(start);
        return hops;
    }

    /** The revenue of the nodes reached, each weighted decay ^ (hops - 1), and how many partners and customers they are. */
    static Credit credit(Map<String, Integer> hops, Map<String, Double> revenue, Map<String, Double> customerRevenue, double decay) {
        double credit = 0;
        long partners = 0;
        long customers = 0;
        for (Map.Entry<String, Integer> e : hops.entrySet()) {
            String id = e.getKey().substring(2);
            boolean customer = e.getKey().startsWith("C:");
            double value = customer ? customerRevenue.getOrDefault(id, 0.0) : revenue.getOrDefault(id, 0.0);
            credit += value * Math.pow(decay, e.getValue() - 1);
            if (customer) {
                customers++;
            } else {
                partners++;
            }
        }
        return new Credit(credit, partners, customers);
    }

    private static String key(String kind, String id) {
        return ("Customer".equals(kind) ? "C:" : "P:") + id;
    }
}
