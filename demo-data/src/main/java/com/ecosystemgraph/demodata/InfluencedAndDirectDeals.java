package com.ecosystemgraph.demodata;

/**
 * Deal stage that fills the deal budget with partner-influenced and direct deals, away from other channels' deals at
 * the same account.
 */
final class InfluencedAndDirectDeals extends DealStage {

    InfluencedAndDirectDeals(DealGenerator generator) {
        super(generator);
    }

    private static final double[] INFLUENCER_TYPE = {0.03, 0.12, 0.05, 0.10, 0.70};

    void generateInfluencedDeals(int total) {
        Rng rng = Rng.stream(seed, "influenced-deals");
        int count = (int) StrictMath.round(DealGenerator.INFLUENCED_DEAL_SHARE * total);
        for (int k = 0; k < count; k++) {
            boolean open = rng.chance(DealGenerator.OPEN_SHARE);
            int created;
            int closed = DealStore.NONE;
            if (open) {
                created = rng.between(snapshotDay - 110, snapshotDay - 1);
            } else {
                closed = rng.between(historyStartDay + 7, snapshotDay);
                created = Math.max(historyStartDay + 1, closed - DealGenerator.cycleDays(rng, DealGenerator.INFLUENCED_CYCLE));
            }
            DemoPartner influencer = randomActive(rng, INFLUENCER_TYPE, created, closed);
            if (influencer == null) {
                continue;
            }
            int customer = influencer.served.length > 0 && rng.chance(0.7)
                    ? influencer.served[rng.nextInt(influencer.served.length)]
                    : b.pickCustomerForDeal(rng);
            for (int attempt = 0; attempt < 5 && g.conflicts(customer, -1, -1, created, DealStore.NONE); attempt++) {
                customer = b.pickCustomerForDeal(rng);
            }
            long amount = g.amountCents(rng, customer, DealGenerator.INFLUENCED_AMOUNT);
            byte outcome = open ? DealStore.OPEN : rng.chance(0.30) ? DealStore.WON : DealStore.LOST;
            int d = g.addDeal(customer, amount, created, closed, outcome, DealStore.PARTNER_INFLUENCED);
            byte stage = (byte) rng.weighted(DealGenerator.STAGE_BY_ROLE[DealStore.INFLUENCED]);
            g.addRow(d, influencer.index, DealStore.INFLUENCED,
                    g.registrationDay(rng, stage, created, closed, influencer.signedDay), stage);
            if (rng.chance(0.15)) {
                DemoPartner other = g.influencerFor(rng, customer, created, influencer, null);
                if (other != null && (closed == DealStore.NONE || other.activeOn(closed))) {
                    g.addRow(d, other.index, DealStore.INFLUENCED, DealStore.NONE, DealStore.UNREGISTERED);
                }
            }
        }
    }

    private DemoPartner randomActive(Rng rng, double[] typeWeights, int created, int closed) {
        for (int tries = 0; tries < 100; tries++) {
            IntList pool = g.signedByType.get(rng.weighted(typeWeights));
            if (pool.size() == 0) {
                continue;
            }
            DemoPartner p = partners[pool.get(rng.nextInt(pool.size()))];
            if (p.activeOn(created) && (closed == DealStore.NONE || p.activeOn(closed)) && !p.combined() && !p.diluted) {
                return p;
            }
        }
        return null;
    }

    void generateDirectDeals(int total) {
        Rng rng = Rng.stream(seed, "direct-deals");
        int count = total - deals.size;
        if (count < total * 0.3) {
            throw new IllegalArgumentException("the deal budget (" + total + ") is too small for the partners' planted "
                    + "revenue (" + deals.size + " partner deals); raise deals or lower partners");
        }
        for (int k = 0; k < count; k++) {
            boolean open = rng.chance(DealGenerator.OPEN_SHARE);
            int customer = b.pickCustomerForDeal(rng);
            int created = 0;
            int closed = DealStore.NONE;
            for (int attempt = 0; attempt < 6; attempt++) {
                if (open) {
                    created = rng.between(snapshotDay - 110, snapshotDay - 1);
                } else {
                    long dates = directDates(rng);
                    created = (int) (dates >> 32);
                    closed = (int) dates;
                }
                if (!g.conflicts(customer, -1, -1, created, DealStore.NONE)) {
                    break;
                }
                if (attempt % 2 == 1) {
                    customer = b.pickCustomerForDeal(rng);
                }
            }
            int d = g.addDeal(customer, g.amountCents(rng, customer, 1.0), created, closed,
                    open ? DealStore.OPEN : DealStore.LOST, DealStore.DIRECT);
            if (rng.chance(0.04)) {
                DemoPartner influencer = g.influencerFor(rng, customer, created, null, null);
                if (influencer != null && (open || influencer.activeOn(closed))) {
                    g.addRow(d, influencer.index, DealStore.INFLUENCED, DealStore.NONE, DealStore.UNREGISTERED);
                }
            }
        }
    }

    /**
     * Creation and closing day of a closed direct deal (creation in the high 32 bits): drawn closing
     * day first, like every closed deal, so that cycle lengths are not cut at the snapshot.
     */
    private long directDates(Rng rng) {
        for (int attempt = 0;; attempt++) {
            int closed = rng.between(historyStartDay + 7, snapshotDay);
            int cycle = DealGenerator.cycleDays(rng, DealGenerator.DIRECT_CYCLE);
            if (closed - cycle > historyStartDay || attempt >= 10) {
                int created = Math.max(historyStartDay + 1, closed - cycle);
                return ((long) created << 32) | (closed & 0xFFFFFFFFL);
            }
        }
    }
}
