package com.ecosystemgraph.demodata;

import com.ecosystemgraph.demodata.Vocabulary.PartnerType;
import java.util.ArrayList;
import java.util.List;

/**
 * Deal stage that generates each signed partner's own deals, so that its credited won revenue per year equals the
 * plan exactly, with lost and open deals around them, second co-sellers, influencers and a first deal soon after
 * signing.
 */
final class PartnerDeals extends DealStage {

    PartnerDeals(DealGenerator generator) {
        super(generator);
    }

    void generatePartnerDeals() {
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < b.signedCount; i++) {
                DemoPartner p = partners[i];
                // strategic partners last: others' co-sold deals count towards their plan first
                if ((p.type == PartnerType.STRATEGIC) == (pass == 1)) {
                    ownDeals(p, Rng.stream(seed, "partner-deals", i));
                }
            }
        }
    }

    private double coSoldShare(DemoPartner p) {
        return switch (p.type) {
            case REFERRAL -> 0.05;
            case RESELLER -> 0.4;
            case SERVICES -> 0.4;
            case STRATEGIC -> p.hyperscaler ? 1.0 : 0.9;
            case TECHNOLOGY -> switch (p.maxDepth) {
                case 1 -> 0.15;
                case 2 -> 0.6;
                case 3 -> 0.85;
                default -> 0.4;
            };
        };
    }

    private void ownDeals(DemoPartner p, Rng rng) {
        int lower = Math.max(p.signedDay + 3, historyStartDay + 1);
        int last = p.lastActiveDay(snapshotDay);
        int wonCount = 0;
        double activeYears = 0;
        for (int w = 0; w < b.windows; w++) {
            activeYears += b.activeFraction(p, w);
            long remaining = p.targetCents[w] - p.creditedCents[w];
            int from = Math.max(b.windowStart[w] + 2, lower + 7);
            int to = Math.min(b.windowEnd[w], last);
            if (remaining < 10_000 || to < from) {
                continue;
            }
            wonCount += wonDeals(p, rng, remaining, from, to, lower, w);
        }
        double winRate = p.winRate;
        int lost = rng.stochasticRound(wonCount * (1 - winRate) / winRate) + rng.poisson(0.25 * activeYears);
        int closeFrom = Math.max(lower + 7, historyStartDay + 2);
        for (int k = 0; k < lost && closeFrom <= last; k++) {
            byte role = rng.chance(coSoldShare(p)) ? DealStore.CO_SELLER : DealStore.SOURCED;
            int customer = partnerCustomer(rng, p);
            long amount = g.amountCents(rng, customer,
                    role == DealStore.CO_SELLER ? DealGenerator.CO_SOLD_AMOUNT : DealGenerator.SOURCED_AMOUNT);
            placePartnerDeal(rng, p, role, customer, amount, DealStore.LOST, closeFrom, last, lower, -1);
        }
        int openFrom = Math.max(lower, snapshotDay - 110);
        if (last >= snapshotDay && openFrom < snapshotDay) {
            int open = rng.poisson(0.25 * (wonCount + lost) / Math.max(0.5, activeYears));
            for (int k = 0; k < open; k++) {
                byte role = rng.chance(coSoldShare(p)) ? DealStore.CO_SELLER : DealStore.SOURCED;
                int customer = partnerCustomer(rng, p);
                long amount = g.amountCents(rng, customer,
                        role == DealStore.CO_SELLER ? DealGenerator.CO_SOLD_AMOUNT : DealGenerator.SOURCED_AMOUNT);
                placePartnerDeal(rng, p, role, customer, amount, DealStore.OPEN, openFrom, snapshotDay - 1, lower, -1);
            }
        }
        topUpFirstDeal(p, rng);
    }

    /**
     * Won deals that add up to exactly {@code remaining} cents in window {@code w}: drafts drawn until their sum reaches
     * it, then scaled to it; returns how many.
     */
    private int wonDeals(DemoPartner p, Rng rng, long remaining, int from, int to, int lower, int w) {
        List<long[]> drafts = new ArrayList<>();
        long sum = 0;
        while (sum < remaining) {
            byte role = rng.chance(coSoldShare(p)) ? DealStore.CO_SELLER : DealStore.SOURCED;
            int customer = partnerCustomer(rng, p);
            // alone, pair members land smaller deals than together
            double soloFactor = p.combined() ? 0.4 : 1.0;
            long raw = g.amountCents(rng, customer,
                    soloFactor * (role == DealStore.CO_SELLER ? DealGenerator.CO_SOLD_AMOUNT : DealGenerator.SOURCED_AMOUNT));
            drafts.add(new long[]{role, customer, raw});
            sum += raw;
        }
        long lastRaw = drafts.get(drafts.size() - 1)[2];
        if (drafts.size() > 1 && sum - remaining > remaining - (sum - lastRaw)) {
            drafts.remove(drafts.size() - 1);
            sum -= lastRaw;
        }
        long assigned = 0;
        for (int k = 0; k < drafts.size(); k++) {
            long[] draft = drafts.get(k);
            long amount = k == drafts.size() - 1
                    ? remaining - assigned
                    : Math.max(100, StrictMath.round(draft[2] * (remaining / (double) sum)));
            assigned += amount;
            placePartnerDeal(rng, p, (byte) draft[0], (int) draft[1], amount, DealStore.WON, from, to, lower, w);
        }
        return drafts.size();
    }

    private int partnerCustomer(Rng rng, DemoPartner p) {
        double servedShare = p.type == PartnerType.REFERRAL ? 0.5 : 0.8;
        if (p.served.length > 0 && rng.chance(servedShare)) {
            return p.served[rng.nextInt(p.served.length)];
        }
        return b.pickCustomerNear(rng, p);
    }

    /**
     * Places one partner deal: closing day in [from, to] (for open deals: creation day), a
     * registration, maybe a second co-seller and an influencer, avoiding other channels' deals at the
     * same account.
     */
    private void placePartnerDeal(Rng rng, DemoPartner p, byte role, int customer, long amount, byte outcome, int from,
            int to, int lower, int window) {
        int created = 0;
        int closed = DealStore.NONE;
        int registered = DealStore.NONE;
        byte stage = DealStore.UNREGISTERED;
        DemoPartner second = null;
        for (int attempt = 0; attempt < 8; attempt++) {
            if (outcome == DealStore.OPEN) {
                created = rng.between(from, to);
                closed = DealStore.NONE;
            } else {
                // closing day first, then the cycle; redrawn rather than clipped at the partner's start,
                // so that cycle lengths keep their distribution
                double median = role == DealStore.CO_SELLER ? DealGenerator.CO_SOLD_CYCLE : DealGenerator.SOURCED_CYCLE;
                closed = rng.between(from, to);
                created = closed - DealGenerator.cycleDays(rng, median);
                for (int redraw = 0; redraw < 6 && created < lower; redraw++) {
                    closed = rng.between(from, to);
                    created = closed - DealGenerator.cycleDays(rng, median);
                }
                created = Math.max(lower, created);
            }
            stage = (byte) rng.weighted(DealGenerator.STAGE_BY_ROLE[role]);
            registered = g.registrationDay(rng, stage, created, closed, p.signedDay);
            second = role == DealStore.CO_SELLER ? secondCoSeller(rng, p, customer, created, amount, outcome, closed) : null;
            if (!g.conflicts(customer, p.index, second == null ? -1 : second.index, created, registered)) {
                break;
            }
            if (attempt % 2 == 1) {
                customer = partnerCustomer(rng, p);
            }
        }
        byte source = role == DealStore.CO_SELLER ? DealStore.CO_SOLD : DealStore.PARTNER_SOURCED;
        int d = g.addDeal(customer, amount, created, closed, outcome, source);
        g.addRow(d, p.index, role, registered, stage);
        if (outcome == DealStore.WON) {
            p.creditedCents[window] += amount;
        }
        if (second != null) {
            byte secondStage = (byte) rng.weighted(DealGenerator.STAGE_BY_ROLE[DealStore.CO_SELLER]);
            g.addRow(d, second.index, DealStore.CO_SELLER,
                    g.registrationDay(rng, secondStage, created, closed, second.signedDay), secondStage);
            if (outcome == DealStore.WON) {
                second.creditedCents[b.windowOf(closed)] += amount;
            }
        }
        if (rng.chance(0.12)) {
            DemoPartner influencer = g.influencerFor(rng, customer, created, p, second);
            if (influencer != null) {
                g.addRow(d, influencer.index, DealStore.INFLUENCED, DealStore.NONE, DealStore.UNREGISTERED);
            }
        }
    }

    private DemoPartner secondCoSeller(Rng rng, DemoPartner p, int customer, int created, long amount, byte outcome, int closed) {
        boolean strategicPrimary = p.type == PartnerType.STRATEGIC;
        if (!rng.chance(strategicPrimary ? 0.35 : 0.3)) {
            return null;
        }
        int from = b.serversStart[customer];
        int count = b.serversStart[customer + 1] - from;
        if (count == 0) {
            return null;
        }
        int offset = rng.nextInt(count);
        int window = outcome == DealStore.WON ? b.windowOf(closed) : -1;
        for (int k = 0; k < count; k++) {
            DemoPartner q = partners[b.servers[from + (offset + k) % count]];
            boolean typeFits = strategicPrimary
                    ? q.type != PartnerType.STRATEGIC && q.type != PartnerType.REFERRAL
                    : q.type == PartnerType.STRATEGIC;
            if (q == p || !typeFits || !q.signed() || !q.activeOn(created) || q.combined() || q.diluted
                    || (closed != DealStore.NONE && !q.activeOn(closed))) {
                continue;
            }
            if (window >= 0 && q.targetCents[window] - q.creditedCents[window] < amount) {
                continue;
            }
            return q;
        }
        return null;
    }

    /** Most new partners land a first deal within 90 days of signing (seed 003's target). */
    private void topUpFirstDeal(DemoPartner p, Rng rng) {
        if (p.signedDay < historyStartDay || !rng.chance(0.6) || g.firstDealDay[p.index] <= p.signedDay + 90) {
            return;
        }
        int latest = Math.min(p.signedDay + 80, Math.min(snapshotDay - 1, p.lastActiveDay(snapshotDay)));
        if (latest < p.signedDay + 7) {
            return;
        }
        byte role = rng.chance(coSoldShare(p)) ? DealStore.CO_SELLER : DealStore.SOURCED;
        int customer = partnerCustomer(rng, p);
        long amount = StrictMath.round(g.amountCents(rng, customer, DealGenerator.SOURCED_AMOUNT) * 0.6);
        int created = rng.between(p.signedDay + 7, latest);
        for (int attempt = 0; attempt < 6 && g.conflicts(customer, p.index, -1, created, created); attempt++) {
            created = rng.between(p.signedDay + 7, latest);
            customer = partnerCustomer(rng, p);
        }
        int closed = created
                + DealGenerator.cycleDays(rng, role == DealStore.CO_SELLER ? DealGenerator.CO_SOLD_CYCLE : DealGenerator.SOURCED_CYCLE);
        byte outcome = closed > Math.min(snapshotDay, p.lastActiveDay(snapshotDay)) ? DealStore.OPEN : DealStore.LOST;
        if (outcome == DealStore.OPEN) {
            closed = DealStore.NONE;
        }
        byte stage = (byte) rng.weighted(DealGenerator.STAGE_BY_ROLE[role]);
        int d = g.addDeal(customer, amount, created, closed, outcome,
                role == DealStore.CO_SELLER ? DealStore.CO_SOLD : DealStore.PARTNER_SOURCED);
        g.addRow(d, p.index, role, g.registrationDay(rng, stage, created, closed, p.signedDay), stage);
    }
}
