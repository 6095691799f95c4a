package com.ecosystemgraph.demodata;

import com.ecosystemgraph.demodata.Vocabulary.PartnerType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Builder stage that draws the referral network and each partner's success: super-connectors and their referees,
 * deep referral chains, ordinary partner and customer referrals, and the success draw in signing order (a referee's
 * bonus needs its referrer's draw), with the engagement that follows from it.
 */
final class ReferralNetwork {

    private final EcosystemBuilder b;

    ReferralNetwork(EcosystemBuilder builder) {
        this.b = builder;
    }

    private static final double REFERRED_SHARE = 0.28;
    private static final double PROSPECT_REFERRED_SHARE = 0.22;
    private static final double CUSTOMER_REFERRED_SHARE = 0.04;

    void decideSuccessAndReferrals() {
        Rng rng = Rng.stream(b.seed, "referrals");
        chooseSuperConnectors(rng);
        assignSuperConnectorReferees(rng);
        plantDeepChains(rng);
        for (int i = 0; i < b.signedCount; i++) {
            DemoPartner p = b.partners[i];
            if (p.decided) {
                continue;
            }
            if (p.referrerPartner < 0 && p.referrerCustomer < 0 && !p.hyperscaler && rng.chance(REFERRED_SHARE)) {
                referOrdinary(p, rng);
            }
            decide(p);
        }
        for (int i = b.signedCount; i < b.partners.length; i++) {
            DemoPartner p = b.partners[i];
            if (p.referrerPartner < 0 && p.referrerCustomer < 0 && rng.chance(PROSPECT_REFERRED_SHARE)) {
                referOrdinary(p, rng);
            }
            decide(p);
        }
        int customerReferrals = (int) StrictMath.round(CUSTOMER_REFERRED_SHARE * b.customers.length);
        for (int k = 0; k < customerReferrals; k++) {
            int c = rng.nextInt(b.customers.length);
            if (alreadyReferred(-(c + 1))) {
                continue;
            }
            int from;
            if (rng.chance(0.6)) {
                from = -(rng.nextInt(b.customers.length) + 1);
                if (from == -(c + 1)) {
                    continue;
                }
            } else {
                DemoPartner referrer = b.partners[rng.nextInt(b.signedCount)];
                from = referrer.index;
                referrer.referralsMade++;
            }
            addReferral(from, -(c + 1), EcosystemBuilder.NONE);
        }
    }

    private final java.util.BitSet referredCustomers = new java.util.BitSet();

    private boolean alreadyReferred(int end) {
        return end < 0 && referredCustomers.get(-end - 1);
    }

    private void addReferral(int from, int to, int day) {
        b.referralFrom.add(from);
        b.referralTo.add(to);
        b.referralDay.add(day);
        if (to < 0) {
            referredCustomers.set(-to - 1);
        }
    }

    /** Computes the partner's success probability and, for signed partners, the success draw. */
    private void decide(DemoPartner p) {
        DemoPartner referrer = p.referrerPartner >= 0 ? b.partners[p.referrerPartner] : null;
        double base = p.profileLogit + SuccessModel.referralTerm(referrer, p.referrerCustomer >= 0);
        double engagement = SuccessModel.engagementLatent(base, p.engagementLatent);
        p.engagementLatent = engagement;
        p.logit = base + SuccessModel.ENGAGEMENT * engagement + p.noise;
        p.probability = SuccessModel.sigmoid(p.logit);
        p.successful = p.signed() && p.draw < p.probability;
        p.decided = true;
        if (p.prospect) {
            prospectEngagement(p, engagement);
            return;
        }
        Rng rng = Rng.stream(b.seed, "engagement", p.index);
        double boost = p.hyperscaler ? 0.3 : 0;
        p.portalLogins = (int) StrictMath.round(rng.logNormal(22 * StrictMath.exp(0.45 * engagement + boost), 0.35));
        p.trainings = rng.poisson(2.2 * StrictMath.exp(0.5 * engagement + boost));
        p.downloads = (int) StrictMath.round(rng.logNormal(10 * StrictMath.exp(0.5 * engagement + boost), 0.45));
    }

    /**
     * What a company shows of engagement before it signs: it is not in the partner portal yet (85 %
     * never logged in; the rest looked around on an invitation, a few logins) and has taken no
     * training; it downloads public content, about 3 items in 90 days. The engagement latent still
     * shapes these a little and still enters its true success probability: the same underlying
     * profile as a partner's, observed before the program could show it.
     */
    private void prospectEngagement(DemoPartner p, double engagement) {
        Rng rng = Rng.stream(b.seed, "prospect-engagement", p.index);
        p.portalLogins = rng.chance(PROSPECT_PORTAL_SHARE)
                ? 1 + (int) StrictMath.floor(rng.logNormal(2.5 * StrictMath.exp(0.3 * engagement), 0.6))
                : 0;
        p.trainings = 0;
        p.downloads = rng.poisson(2.6 * StrictMath.exp(0.4 * engagement));
    }

    /** Share of prospects that logged in to the partner portal at all (on an invitation or a trial). */
    static final double PROSPECT_PORTAL_SHARE = 0.15;

    private void chooseSuperConnectors(Rng rng) {
        int wanted = Math.max(3, (int) StrictMath.round(4 * b.scale));
        List<DemoPartner> eligible = new ArrayList<>();
        for (int i = 0; i < b.signedCount; i++) {
            DemoPartner p = b.partners[i];
            // connectors have been around long enough for their referees to mature
            if (!p.hyperscaler && p.signedDay <= b.historyStartDay - 2 * 365 && p.type != PartnerType.TECHNOLOGY) {
                eligible.add(p);
            }
        }
        if (eligible.size() < wanted * 2) {
            for (int i = 0; i < b.signedCount && eligible.size() < wanted * 2; i++) {
                DemoPartner p = b.partners[i];
                if (!p.hyperscaler && p.signedDay <= b.historyStartDay && !eligible.contains(p)) {
                    eligible.add(p);
                }
            }
        }
        // connectors are roots: not referred themselves; decided before anyone they refer
        for (DemoPartner p : eligible) {
            decide(p);
        }
        List<DemoPartner> successful = new ArrayList<>();
        for (DemoPartner p : eligible) {
            if (p.successful) {
                successful.add(p);
            }
        }
        int[] order = new int[successful.size()];
        for (int k = 0; k < order.length; k++) {
            order[k] = k;
        }
        rng.shuffle(order);
        for (int k = 0; k < order.length && b.superConnectors.size() < wanted; k++) {
            DemoPartner p = successful.get(order[k]);
            p.superConnector = true;
            b.superConnectors.add(p.index);
        }
        // connectors' referees get the connector bonus: undecide the rest of the eligible set
        // so that they are decided in signing order with their own referrers
        for (DemoPartner p : eligible) {
            if (!p.superConnector) {
                p.decided = false;
                p.engagementLatent = Rng.stream(b.seed, "engagement-redraw", p.index).gaussian();
            }
        }
    }

    private double[] refereeWeight;

    private void assignSuperConnectorReferees(Rng rng) {
        refereeWeight = new double[b.signedCount];
        for (int i = 0; i < b.signedCount; i++) {
            refereeWeight[i] = StrictMath.exp(1.2 * Math.min(2.5, b.partners[i].profileLogit));
        }
        for (int sc : b.superConnectors) {
            DemoPartner connector = b.partners[sc];
            int quota = rng.between(12, 22);
            int partnerQuota = (int) StrictMath.round(quota * 0.65);
            int prospectQuota = (int) StrictMath.round(quota * 0.17);
            int customerQuota = quota - partnerQuota - prospectQuota;
            // a third of them signed before the deal history: long-tenured referees that can mature
            // into the strongest performers
            int earlyQuota = Math.max(1, partnerQuota / 3);
            for (DemoPartner p : weightedReferees(rng, connector, earlyQuota, b.historyStartDay - 60)) {
                referPartner(p, connector, rng);
            }
            for (DemoPartner p : weightedReferees(rng, connector, partnerQuota - earlyQuota, Integer.MAX_VALUE)) {
                referPartner(p, connector, rng);
            }
            for (int k = 0; k < prospectQuota && b.partners.length > b.signedCount; k++) {
                DemoPartner q = b.partners[b.signedCount + rng.nextInt(b.partners.length - b.signedCount)];
                if (q.referrerPartner < 0 && q.referrerCustomer < 0) {
                    referPartner(q, connector, rng);
                }
            }
            for (int k = 0; k < customerQuota; k++) {
                int c = rng.nextInt(b.customers.length);
                if (!alreadyReferred(-(c + 1))) {
                    addReferral(connector.index, -(c + 1), EcosystemBuilder.NONE);
                    connector.referralsMade++;
                }
            }
        }
    }

    /**
     * Up to {@code count} unreferred partners signed between the connector's signing (+120 days) and
     * {@code latestSigning}, drawn without replacement with weight exp(1.2 * min(2.5, profile logit)):
     * connectors know good partners. (Weighted sampling by the smallest -ln(u) / w keys.)
     */
    private List<DemoPartner> weightedReferees(Rng rng, DemoPartner connector, int count, int latestSigning) {
        if (count <= 0) {
            return List.of();
        }
        Comparator<double[]> byKey = Comparator.<double[]>comparingDouble(k -> k[0]).thenComparingDouble(k -> k[1]);
        PriorityQueue<double[]> smallest = new PriorityQueue<>(byKey.reversed());
        for (int i = 0; i < b.signedCount; i++) {
            DemoPartner p = b.partners[i];
            double u = rng.uniform();
            if (p.hyperscaler || p.superConnector || p.referrerPartner >= 0 || p.referrerCustomer >= 0
                    || p.signedDay < connector.signedDay + 120 || p.signedDay > latestSigning) {
                continue;
            }
            double key = -StrictMath.log(Math.max(u, 1e-300)) / refereeWeight[i];
            if (smallest.size() == count && key >= smallest.peek()[0]) {
                continue;
            }
            smallest.add(new double[]{key, i});
            if (smallest.size() > count) {
                smallest.poll();
            }
        }
        List<double[]> keys = new ArrayList<>(smallest);
        keys.sort(byKey);
        List<DemoPartner> chosen = new ArrayList<>();
        for (double[] key : keys) {
            chosen.add(b.partners[(int) key[1]]);
        }
        return chosen;
    }

    /** Extends one referral chain below each connector, so that chains reach depth 4 to 5. */
    private void plantDeepChains(Rng rng) {
        for (int sc : b.superConnectors) {
            DemoPartner current = null;
            for (int i = 0; i < b.signedCount; i++) {
                DemoPartner p = b.partners[i];
                if (p.referrerPartner == sc && p.signedDay <= b.snapshotDay - 3 * 365) {
                    current = p;
                    break;
                }
            }
            if (current == null) {
                continue;
            }
            IntList chain = new IntList();
            chain.add(sc);
            chain.add(current.index);
            int length = rng.between(4, 5);
            while (chain.size() <= length) {
                DemoPartner next = null;
                for (int tries = 0; tries < 400 && next == null; tries++) {
                    DemoPartner p = b.partners[rng.nextInt(b.signedCount)];
                    if (!p.hyperscaler && !p.superConnector && p.referrerPartner < 0 && p.referrerCustomer < 0
                            && p.signedDay >= current.signedDay + 60 && p.signedDay <= current.signedDay + 420) {
                        next = p;
                    }
                }
                if (next == null) {
                    break;
                }
                referPartner(next, current, rng);
                chain.add(next.index);
                current = next;
            }
            b.chains.add(chain.toArray());
        }
    }

    private void referOrdinary(DemoPartner p, Rng rng) {
        if (rng.chance(0.12)) {
            int c = rng.nextInt(b.customers.length);
            p.referrerCustomer = c;
            int day = p.prospect ? rng.between(b.snapshotDay - 540, b.snapshotDay - 7) : p.signedDay - rng.between(14, 150);
            addReferral(-(c + 1), p.index, day);
            return;
        }
        int latest = p.prospect ? b.snapshotDay - 30 : p.signedDay - 60;
        for (int tries = 0; tries < 200; tries++) {
            DemoPartner r = b.partners[rng.nextInt(b.signedCount)];
            if (r == p || r.hyperscaler || !r.decided || r.signedDay > latest) {
                continue;
            }
            double weight = 1 + (r.referrerPartner >= 0 ? 0.5 : 0) + (r.successful ? 1.0 : 0);
            if (rng.chance(weight / 2.5)) {
                referPartner(p, r, rng);
                return;
            }
        }
    }

    private void referPartner(DemoPartner referee, DemoPartner referrer, Rng rng) {
        int day;
        if (referee.prospect) {
            day = rng.between(Math.max(referrer.signedDay + 1, b.snapshotDay - 540), b.snapshotDay - 7);
        } else {
            int earliest = referrer.signedDay + 1;
            int latest = referee.signedDay - 14;
            day = Math.max(earliest, latest - rng.between(0, 136));
            if (day > latest) {
                day = Math.max(earliest, referee.signedDay - 1);
            }
        }
        referee.referrerPartner = referrer.index;
        referrer.referralsMade++;
        addReferral(referrer.index, referee.index, day);
    }
}
