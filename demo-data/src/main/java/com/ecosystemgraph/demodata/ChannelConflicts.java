package com.ecosystemgraph.demodata;

import com.ecosystemgraph.demodata.Vocabulary.PartnerType;

/**
 * Deal stage that plants channel conflicts: two partners' (or a partner's and a direct) deals at one account within
 * the conflict window, the first registered before contact.
 */
final class ChannelConflicts extends DealStage {

    ChannelConflicts(DealGenerator generator) {
        super(generator);
    }

    void plantConflicts() {
        Rng rng = Rng.stream(seed, "conflicts");
        int wanted = (int) StrictMath.round(0.04 * customers.length);
        int tries = 0;
        while (b.plantedConflictCustomers.size() < wanted && tries++ < 50 * wanted) {
            int c = b.pickCustomerForDeal(rng);
            DemoCustomer customer = customers[c];
            if (customer.plantedConflict) {
                continue;
            }
            int t = rng.between(historyStartDay + 60, snapshotDay - 5);
            DemoPartner first = conflictPartner(rng, c, t, null);
            if (first == null) {
                continue;
            }
            boolean twoPartners = rng.chance(0.6);
            DemoPartner second = twoPartners ? conflictPartner(rng, c, t + 20, first) : null;
            if (twoPartners && second == null) {
                continue;
            }
            customer.plantedConflict = true;
            b.plantedConflictCustomers.add(c);
            // the first registration carries qualification evidence (registered before contact)
            int regFirst = Math.max(first.signedDay, t - rng.between(0, 5));
            int d1 = conflictDeal(rng, c, first, t, regFirst, DealStore.BEFORE_CONTACT, true);
            g.plantedConflictDeals.set(d1);
            int t2 = t + rng.between(2, 18);
            if (second != null) {
                int reg2 = Math.min(t2 + rng.between(1, 8), regFirst + DealGenerator.CONFLICT_WINDOW_DAYS - 2);
                reg2 = Math.max(reg2, second.signedDay);
                int d2 = conflictDeal(rng, c, second, Math.min(t2, snapshotDay - 1), Math.min(reg2, snapshotDay - 1),
                        DealStore.AFTER_FIRST_MEETING, false);
                g.plantedConflictDeals.set(d2);
            } else {
                int created = Math.min(t2, snapshotDay - 1);
                int d2 = directDeal(rng, c, created);
                g.plantedConflictDeals.set(d2);
            }
        }
        b.plantedConflictCustomers.sort(null);
    }

    private DemoPartner conflictPartner(Rng rng, int c, int day, DemoPartner other) {
        for (int k = b.serversStart[c]; k < b.serversStart[c + 1]; k++) {
            DemoPartner p = partners[b.servers[k]];
            if (p != other && conflictCapable(p, day) && rng.chance(0.5)) {
                return p;
            }
        }
        for (int tries = 0; tries < 200; tries++) {
            DemoPartner p = partners[rng.nextInt(b.signedCount)];
            if (p != other && conflictCapable(p, day)) {
                return p;
            }
        }
        return null;
    }

    private boolean conflictCapable(DemoPartner p, int day) {
        return p.signed() && !p.hyperscaler && p.type != PartnerType.STRATEGIC && !p.combined() && !p.diluted
                && p.activeOn(day - 10) && p.lastActiveDay(snapshotDay) >= day + 30;
    }

    private int conflictDeal(Rng rng, int c, DemoPartner p, int created, int registered, byte stage, boolean mayWin) {
        long amount = g.amountCents(rng, c, DealGenerator.SOURCED_AMOUNT);
        int closed = g.offBoundary(created + DealGenerator.cycleDays(rng, DealGenerator.SOURCED_CYCLE));
        byte outcome;
        if (closed > Math.min(snapshotDay, p.lastActiveDay(snapshotDay))) {
            closed = DealStore.NONE;
            outcome = DealStore.OPEN;
        } else {
            int w = b.windowOf(closed);
            boolean capacity = w >= 0 && p.targetCents[w] - p.creditedCents[w] >= amount;
            outcome = mayWin && capacity && rng.chance(0.7) ? DealStore.WON : DealStore.LOST;
            if (outcome == DealStore.WON) {
                p.creditedCents[w] += amount;
            }
        }
        int d = g.addDeal(c, amount, created, closed, outcome, DealStore.PARTNER_SOURCED);
        g.addRow(d, p.index, DealStore.SOURCED, Math.min(registered, closed == DealStore.NONE ? snapshotDay : closed), stage);
        return d;
    }

    private int directDeal(Rng rng, int customer, int created) {
        int cycle = DealGenerator.cycleDays(rng, DealGenerator.DIRECT_CYCLE);
        int closed = created + cycle;
        if (closed > snapshotDay) {
            return g.addDeal(customer, g.amountCents(rng, customer, 1.0), created, DealStore.NONE, DealStore.OPEN,
                    DealStore.DIRECT);
        }
        return g.addDeal(customer, g.amountCents(rng, customer, 1.0), created, closed, DealStore.LOST, DealStore.DIRECT);
    }
}
