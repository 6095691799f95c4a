package com.ecosystemgraph.demodata;

import com.ecosystemgraph.demodata.Vocabulary.PartnerType;

/**
 * Deal stage that generates the planted pairs' and triples' joint co-sold deals, with exactly round(win rate x
 * closed) of the closed ones won, and credits the won ones to their co-sellers.
 */
final class JointDeals extends DealStage {

    static final double TRIPLE_WIN_RATE = 0.75;

    JointDeals(DealGenerator generator) {
        super(generator);
    }

    void generatePairDeals() {
        for (int k = 0; k < b.pairs.size(); k++) {
            Rng rng = Rng.stream(seed, "pair-deals", k);
            int[] pair = b.pairs.get(k);
            DemoPartner a = partners[pair[0]];
            DemoPartner c = partners[pair[1]];
            int count = rng.between(40, 48);
            byte[] outcomes = jointOutcomes(rng, count, DealGenerator.PAIR_WIN_RATE);
            int[] pool = union(a.served, c.served);
            int lower = Math.max(historyStartDay + 1, Math.max(a.signedDay, c.signedDay) + 3);
            for (int i = 0; i < count; i++) {
                pairDeal(rng, k, a, c, outcomes[i], pool, lower);
            }
            pair[2] = count;
        }
    }

    /** One joint deal of pair k: a co-sells, c co-sells or influences; a won deal is credited to the co-sellers. */
    private void pairDeal(Rng rng, int k, DemoPartner a, DemoPartner c, byte outcome, int[] pool, int lower) {
        boolean secondCoSells = rng.chance(c.type == PartnerType.SERVICES ? 0.4 : 0.7);
        int customer = pairCustomer(rng, pool, a);
        long amount = g.amountCents(rng, customer, DealGenerator.PAIR_AMOUNT);
        int created = 0;
        int closedDay = DealStore.NONE;
        int regA = DealStore.NONE;
        byte stageA = DealStore.AFTER_FIRST_MEETING;
        for (int attempt = 0; attempt < 8; attempt++) {
            if (outcome == DealStore.OPEN) {
                created = rng.between(snapshotDay - 100, snapshotDay - 1);
                closedDay = DealStore.NONE;
            } else {
                int from = Math.max(historyStartDay + 2, lower + 10);
                closedDay = g.offBoundary(rng.between(from, snapshotDay - 2));
                created = closedDay - DealGenerator.cycleDays(rng, DealGenerator.CO_SOLD_CYCLE);
                for (int redraw = 0; redraw < 6 && created < lower; redraw++) {
                    closedDay = g.offBoundary(rng.between(from, snapshotDay - 2));
                    created = closedDay - DealGenerator.cycleDays(rng, DealGenerator.CO_SOLD_CYCLE);
                }
                created = Math.max(lower, created);
            }
            stageA = rng.chance(0.5) ? DealStore.BEFORE_CONTACT : DealStore.AFTER_FIRST_MEETING;
            regA = g.registrationDay(rng, stageA, created, closedDay, a.signedDay);
            if (!g.conflicts(customer, a.index, secondCoSells ? c.index : -1, created, regA)) {
                break;
            }
            customer = pairCustomer(rng, pool, a);
        }
        int d = g.addDeal(customer, amount, created, closedDay, outcome, DealStore.CO_SOLD);
        deals.pair[d] = k;
        g.addRow(d, a.index, DealStore.CO_SELLER, regA, stageA);
        if (secondCoSells) {
            byte stage = rng.chance(0.5) ? DealStore.AFTER_FIRST_MEETING : DealStore.LATE_STAGE;
            g.addRow(d, c.index, DealStore.CO_SELLER, g.registrationDay(rng, stage, created, closedDay, c.signedDay), stage);
        } else {
            g.addRow(d, c.index, DealStore.INFLUENCED, DealStore.NONE, DealStore.UNREGISTERED);
        }
        if (outcome == DealStore.WON) {
            int w = b.windowOf(closedDay);
            a.creditedCents[w] += amount;
            a.pairCreditCents += amount;
            if (secondCoSells) {
                c.creditedCents[w] += amount;
                c.pairCreditCents += amount;
            }
        }
    }

    /** One joint deal of a triple: a and m co-sell, c co-sells or influences; a won deal is credited to the co-sellers. */
    private void tripleDeal(Rng rng, DemoPartner a, DemoPartner m, DemoPartner c, byte outcome, int[] pool, int lower) {
        boolean thirdCoSells = rng.chance(0.5);
        int customer = pairCustomer(rng, pool, a);
        long amount = g.amountCents(rng, customer, DealGenerator.PAIR_AMOUNT);
        int created;
        int closedDay = DealStore.NONE;
        int regA = DealStore.NONE;
        byte stageA = DealStore.AFTER_FIRST_MEETING;
        int attempt = 0;
        while (true) {
            if (outcome == DealStore.OPEN) {
                created = rng.between(snapshotDay - 100, snapshotDay - 1);
            } else {
                int from = Math.max(historyStartDay + 2, lower + 10);
                closedDay = g.offBoundary(rng.between(from, snapshotDay - 2));
                created = Math.max(lower, closedDay - DealGenerator.cycleDays(rng, DealGenerator.CO_SOLD_CYCLE));
            }
            stageA = rng.chance(0.5) ? DealStore.BEFORE_CONTACT : DealStore.AFTER_FIRST_MEETING;
            regA = g.registrationDay(rng, stageA, created, closedDay, a.signedDay);
            if (++attempt >= 8 || !g.conflicts(customer, a.index, m.index, created, regA)) {
                break;
            }
            customer = pairCustomer(rng, pool, a);
        }
        int d = g.addDeal(customer, amount, created, closedDay, outcome, DealStore.CO_SOLD);
        g.addRow(d, a.index, DealStore.CO_SELLER, regA, stageA);
        byte stageM = rng.chance(0.5) ? DealStore.AFTER_FIRST_MEETING : DealStore.LATE_STAGE;
        g.addRow(d, m.index, DealStore.CO_SELLER, g.registrationDay(rng, stageM, created, closedDay, m.signedDay), stageM);
        if (thirdCoSells) {
            g.addRow(d, c.index, DealStore.CO_SELLER, g.registrationDay(rng, DealStore.LATE_STAGE, created, closedDay, c.signedDay),
                    DealStore.LATE_STAGE);
        } else {
            g.addRow(d, c.index, DealStore.INFLUENCED, DealStore.NONE, DealStore.UNREGISTERED);
        }
        if (outcome == DealStore.WON) {
            int w = b.windowOf(closedDay);
            for (DemoPartner credited : thirdCoSells ? new DemoPartner[]{a, m, c} : new DemoPartner[]{a, m}) {
                credited.creditedCents[w] += amount;
                credited.pairCreditCents += amount;
            }
        }
    }

    /**
     * The outcomes of a planted combination's joint deals in a shuffled order: 7 % open, exactly
     * round(winRate x closed) of the closed ones won.
     */
    private static byte[] jointOutcomes(Rng rng, int count, double winRate) {
        int open = (int) StrictMath.round(count * 0.07);
        int closed = count - open;
        int won = (int) StrictMath.round(winRate * closed);
        int[] order = new int[count];
        for (int i = 0; i < count; i++) {
            order[i] = i;
        }
        rng.shuffle(order);
        byte[] outcomes = new byte[count];
        for (int i = 0; i < count; i++) {
            outcomes[i] = order[i] < won ? DealStore.WON : order[i] < closed ? DealStore.LOST : DealStore.OPEN;
        }
        return outcomes;
    }

    /** Joint deals go mostly to mid-market and enterprise accounts the two already serve. */
    private int pairCustomer(Rng rng, int[] pool, DemoPartner a) {
        double[] accept = {0.3, 1.0, 0.5};
        for (int tries = 0; tries < 40; tries++) {
            int c = pool.length > 0 && tries < 20 ? pool[rng.nextInt(pool.length)] : b.pickCustomerNear(rng, a);
            if (rng.chance(accept[customers[c].segment])) {
                return c;
            }
        }
        return pool.length > 0 ? pool[rng.nextInt(pool.length)] : b.pickCustomerNear(rng, a);
    }

    private static int[] union(int[] x, int[] y) {
        IntList all = new IntList(x.length + y.length);
        int i = 0;
        int j = 0;
        while (i < x.length || j < y.length) {
            if (j >= y.length || (i < x.length && x[i] < y[j])) {
                all.add(x[i++]);
            } else if (i >= x.length || y[j] < x[i]) {
                all.add(y[j++]);
            } else {
                all.add(x[i]);
                i++;
                j++;
            }
        }
        return all.toArray();
    }

    /**
     * Each triple has 12-18 joint co-sold deals with all three on them (two co-sellers, the third
     * co-selling or influencing), exactly round(75 %) of the closed ones won, at accounts they serve;
     * the won ones are credited to the co-sellers like any co-sold deal.
     */
    void generateTripleDeals() {
        for (int k = 0; k < b.triples.size(); k++) {
            Rng rng = Rng.stream(seed, "triple-deals", k);
            int[] triple = b.triples.get(k);
            DemoPartner a = partners[triple[0]];
            DemoPartner m = partners[triple[1]];
            DemoPartner c = partners[triple[2]];
            int count = rng.between(12, 18);
            byte[] outcomes = jointOutcomes(rng, count, TRIPLE_WIN_RATE);
            int closed = 0;
            int won = 0;
            for (byte outcome : outcomes) {
                closed += outcome == DealStore.OPEN ? 0 : 1;
                won += outcome == DealStore.WON ? 1 : 0;
            }
            int[] pool = union(union(a.served, m.served), c.served);
            int lower = Math.max(historyStartDay + 1, Math.max(a.signedDay, Math.max(m.signedDay, c.signedDay)) + 3);
            for (int i = 0; i < count; i++) {
                tripleDeal(rng, a, m, c, outcomes[i], pool, lower);
            }
            triple[3] = count;
            triple[4] = closed;
            triple[5] = won;
        }
    }
}
