package com.ecosystemgraph.demodata;

import com.ecosystemgraph.demodata.Vocabulary.PartnerType;

/**
 * Deal stage that chooses the partners that carry planted effects before any deal exists: the synergistic pairs
 * and triples (successful, long-tenured partners, often super-connectors' referees) and the diluted partners
 * (over-tiered, unsuccessful).
 */
final class PlantedPartners extends DealStage {

    PlantedPartners(DealGenerator generator) {
        super(generator);
    }

    // ---------------------------------------------------------------- synergistic pairs

    private static final PartnerType[][] PAIR_PATTERNS = {
            {PartnerType.TECHNOLOGY, PartnerType.SERVICES},
            {PartnerType.TECHNOLOGY, PartnerType.RESELLER},
            {PartnerType.TECHNOLOGY, PartnerType.SERVICES},
            {PartnerType.RESELLER, PartnerType.SERVICES},
            {PartnerType.TECHNOLOGY, PartnerType.SERVICES}};

    /**
     * Pair members: successful, long-tenured partners. Builders whose deepest integration is level 1
     * are left out: the joint (co-sold) deals would swamp the level-1 co-selling average.
     */
    private boolean pairEligible(DemoPartner p) {
        return p.signed() && p.successful && !p.hyperscaler && !p.superConnector && !p.churned && !p.combined()
                && p.signedDay <= historyStartDay - 30 && p.maxDepth != 1;
    }

    void selectPairs() {
        Rng rng = Rng.stream(seed, "pairs");
        int wanted = Math.max(2, (int) StrictMath.round(5 * b.scale));
        for (int k = 0; k < wanted; k++) {
            PartnerType[] pattern = PAIR_PATTERNS[k % PAIR_PATTERNS.length];
            // certified and non-certified members alternate, so that the pairs' large joint revenue
            // does not decide the certified-versus-non-certified revenue ratio
            boolean firstCertified = k % 2 == 0;
            // each super-connector's referees include a member of a winning combination
            DemoPartner first = null;
            if (k < b.superConnectors.size()) {
                first = pickReferee(rng, b.superConnectors.get(k), firstCertified);
                first = first != null ? first : pickReferee(rng, b.superConnectors.get(k), !firstCertified);
            }
            if (first == null) {
                first = pickMember(rng, pattern[0], firstCertified);
            } else if (first.type == pattern[1]) {
                pattern = new PartnerType[]{pattern[1], pattern[0]};
            }
            if (first == null) {
                break;
            }
            first.pair = b.pairs.size();
            DemoPartner second = pickMember(rng, pattern[1], !firstCertified);
            if (second == null) {
                first.pair = -1;
                break;
            }
            second.pair = b.pairs.size();
            b.pairs.add(new int[]{first.index, second.index, 0});
        }
    }

    /** A pair member: the certification status matters more than the type pattern. */
    private DemoPartner pickMember(Rng rng, PartnerType type, boolean certified) {
        DemoPartner p = pickEligible(rng, type, certified);
        p = p != null ? p : pickEligible(rng, null, certified);
        p = p != null ? p : pickEligible(rng, type, null);
        return p != null ? p : pickEligible(rng, null, null);
    }

    private DemoPartner pickReferee(Rng rng, int connector, boolean certified) {
        IntList pool = new IntList();
        for (int i = 0; i < b.signedCount; i++) {
            if (partners[i].referrerPartner == connector && pairEligible(partners[i])
                    && partners[i].certified() == certified) {
                pool.add(i);
            }
        }
        return pool.size() == 0 ? null : partners[pool.get(rng.nextInt(pool.size()))];
    }

    private DemoPartner pickEligible(Rng rng, PartnerType type, Boolean certified) {
        IntList pool = new IntList();
        for (int i = 0; i < b.signedCount; i++) {
            DemoPartner p = partners[i];
            if (pairEligible(p) && (type == null || p.type == type) && (certified == null || p.certified() == certified)) {
                pool.add(i);
            }
        }
        if (pool.size() == 0) {
            return null;
        }
        // partners brought in by super-connectors form the best combinations more often, partners
        // referred by ordinary partners rarely
        for (int tries = 0; tries < 100; tries++) {
            DemoPartner p = partners[pool.get(rng.nextInt(pool.size()))];
            boolean connected = p.referrerPartner >= 0 && partners[p.referrerPartner].superConnector;
            double accept = connected ? 1.0 : p.referrerPartner < 0 ? 0.5 : 0.02;
            if (rng.chance(accept)) {
                return p;
            }
        }
        return partners[pool.get(rng.nextInt(pool.size()))];
    }

    // ---------------------------------------------------------------- synergistic triples

    private static final PartnerType[] TRIPLE_TYPES = {PartnerType.TECHNOLOGY, PartnerType.RESELLER, PartnerType.SERVICES};

    /**
     * round(scale) triples (at least one) of successful long-tenured partners outside the pairs, a
     * technology, a reseller and a services partner where there are such (certified, not, certified):
     * three partners that win together what none wins alone.
     */
    void selectTriples() {
        Rng rng = Rng.stream(seed, "triples");
        int wanted = Math.max(1, (int) StrictMath.round(b.scale));
        for (int k = 0; k < wanted; k++) {
            DemoPartner[] members = new DemoPartner[3];
            for (int m = 0; m < 3; m++) {
                members[m] = pickMember(rng, TRIPLE_TYPES[m], m != 1);
                if (members[m] == null) {
                    for (int undo = 0; undo < m; undo++) {
                        members[undo].triple = -1;
                    }
                    return;
                }
                members[m].triple = b.triples.size();
            }
            b.triples.add(new int[]{members[0].index, members[1].index, members[2].index, 0, 0, 0});
        }
    }

    // ---------------------------------------------------------------- diluted partners

    void selectDiluted() {
        Rng rng = Rng.stream(seed, "diluted");
        int wanted = Math.max(2, (int) StrictMath.round(15 * b.scale));
        for (int tier = 3; tier >= 0 && b.diluted.size() < wanted; tier--) {
            IntList pool = new IntList();
            for (int i = 0; i < b.signedCount; i++) {
                DemoPartner p = partners[i];
                if (p.tier == tier && !p.successful && !p.churned && !p.hyperscaler && !p.superConnector
                        && !p.combined() && p.referralsMade == 0 && p.signedDay <= b.labelCutoffDay - 180) {
                    pool.add(i);
                }
            }
            int[] order = pool.toArray();
            rng.shuffle(order);
            // over-tiered partners are the natural candidates; take at most 60 % of a tier's pool
            int take = Math.min(wanted - b.diluted.size(), (int) StrictMath.ceil(order.length * 0.6));
            for (int k = 0; k < take; k++) {
                DemoPartner p = partners[order[k]];
                p.diluted = true;
                b.diluted.add(p.index);
            }
        }
        b.diluted.sort(null);
    }
}
