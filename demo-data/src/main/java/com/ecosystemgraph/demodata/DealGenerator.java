package com.ecosystemgraph.demodata;

import com.ecosystemgraph.demodata.Vocabulary.PartnerType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * Generates every deal and deal-partner row, then calibrates the planted effects.
 *
 * <p>Order of work (each step draws from its own random stream):
 * <ol>
 *   <li>choose the synergistic pairs and triples and the diluted partners; generate their joint deals;</li>
 *   <li>plan each signed partner's won partner-driven revenue per history year (the trailing 12
 *       months decide the ML label), calibrating certified partners' revenue to the target ratio;</li>
 *   <li>plant channel conflicts; generate each partner's own deals so that its credited won revenue
 *       per year equals the plan exactly (amounts are scaled to the plan);</li>
 *   <li>move single-partner deals between partner-sourced and co-sold to hit the level-3 versus
 *       level-1 co-selling ratio;</li>
 *   <li>generate partner-influenced and direct deals to fill the deal budget, then set the direct win
 *       rate and amounts and the influenced amounts from what the partners realised;</li>
 *   <li>set each deal-partner row's earnings (commission, margin, registration commission) and hours.</li>
 * </ol>
 */
final class DealGenerator {

    static final double TARGET_SOURCED_VS_DIRECT_WIN_RATE = 1.6;
    static final double TARGET_CO_SOLD_VS_DIRECT_AMOUNT = 1.4;
    static final double TARGET_CO_SOLD_SPEED = 1.6;
    static final double TARGET_LEVEL3_VS_LEVEL1_CO_SOLD = 6.2;
    static final double TARGET_CERTIFIED_REVENUE_RATIO = 4.3;
    static final double TARGET_PARTNER_REVENUE_SHARE = 0.31;
    static final double TARGET_BELOW_RETURN_SHARE = 0.25;
    static final double RETURN_THRESHOLD = 2.5;
    static final double PAIR_WIN_RATE = 0.65;
    static final double PAIR_APART_WIN_RATE = 0.28;
    static final int CONFLICT_WINDOW_DAYS = 30;
    /** Ordinary deals keep this far from another channel's deal at the same account. */
    static final int CONFLICT_GUARD_DAYS = 40;

    static final double DIRECT_CYCLE = 96;
    static final double SOURCED_CYCLE = 80;
    static final double CO_SOLD_CYCLE = DIRECT_CYCLE / TARGET_CO_SOLD_SPEED;
    static final double INFLUENCED_CYCLE = 100;
    static final double CYCLE_SIGMA = 0.5;

    static final double SOURCED_AMOUNT = 1.1;
    static final double CO_SOLD_AMOUNT = 1.4;
    static final double INFLUENCED_AMOUNT = 1.2;
    static final double PAIR_AMOUNT = 1.15;
    static final double OPEN_SHARE = 0.09;
    static final double INFLUENCED_DEAL_SHARE = 0.10;

    private static final double[][] STAGE_BY_ROLE = {
            {0.50, 0.25, 0.10, 0.15}, {0.0, 0.10, 0.05, 0.85}, {0.20, 0.45, 0.20, 0.15}};

    private final EcosystemBuilder b;
    private final DemoPartner[] partners;
    private final DemoCustomer[] customers;
    private final int snapshotDay;
    private final int historyStartDay;
    private final long seed;
    private DealStore deals;
    private int[] firstDealDay;
    private final BitSet plantedConflictDeals = new BitSet();
    private final List<IntList> signedByType = new ArrayList<>();

    DealGenerator(EcosystemBuilder builder) {
        this.b = builder;
        this.partners = builder.partners;
        this.customers = builder.customers;
        this.snapshotDay = builder.snapshotDay;
        this.historyStartDay = builder.historyStartDay;
        this.seed = builder.seed;
    }

    void generate() {
        int total = b.options.dealCount();
        deals = new DealStore(total);
        b.deals = deals;
        firstDealDay = new int[partners.length];
        Arrays.fill(firstDealDay, Integer.MAX_VALUE);
        for (int t = 0; t < PartnerType.values().length; t++) {
            signedByType.add(new IntList());
        }
        for (int i = 0; i < b.signedCount; i++) {
            DemoPartner p = partners[i];
            p.targetCents = new long[b.windows];
            p.creditedCents = new long[b.windows];
            if (!p.hyperscaler) {
                signedByType.get(p.type.ordinal()).add(i);
            }
        }
        selectPairs();
        selectTriples();
        selectDiluted();
        generatePairDeals();
        generateTripleDeals();
        planTargets();
        plantConflicts();
        generatePartnerDeals();
        calibrateIntegrationCoSelling();
        generateInfluencedDeals(total);
        generateDirectDeals(total);
        calibrateDirect();
        calibrateInfluenced();
        for (int d = 0; d < deals.size; d++) {
            if (deals.pair[d] >= 0 && deals.outcome[d] == DealStore.WON) {
                customers[deals.customer[d]].wonPairDeal = true;
            }
        }
        settleEconomics();
        ensureSnapshotIsDated();
    }

    /**
     * The importer takes the newest date in the data as the snapshot date: make sure a deal closes
     * on it, or the trailing-12-month window (and so the labels) would shift.
     */
    private void ensureSnapshotIsDated() {
        int latestDirect = -1;
        for (int d = 0; d < deals.size; d++) {
            if (deals.closed[d] == snapshotDay) {
                return;
            }
            if (deals.source[d] == DealStore.DIRECT && deals.closed[d] != DealStore.NONE
                    && (latestDirect < 0 || deals.closed[d] > deals.closed[latestDirect])) {
                latestDirect = d;
            }
        }
        if (latestDirect >= 0) {
            deals.closed[latestDirect] = snapshotDay;
        }
    }

    /** Keeps credited deals off the first day of a history year, where "trailing 12 months" readings differ. */
    private int offBoundary(int closed) {
        for (int w = 0; w < b.windows; w++) {
            if (closed == b.windowStart[w] || closed == b.windowStart[w] + 1) {
                return closed + 2;
            }
        }
        return closed;
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

    private void selectPairs() {
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

    private void generatePairDeals() {
        for (int k = 0; k < b.pairs.size(); k++) {
            Rng rng = Rng.stream(seed, "pair-deals", k);
            int[] pair = b.pairs.get(k);
            DemoPartner a = partners[pair[0]];
            DemoPartner c = partners[pair[1]];
            int count = rng.between(40, 48);
            byte[] outcomes = jointOutcomes(rng, count, PAIR_WIN_RATE);
            int[] pool = union(a.served, c.served);
            int lower = Math.max(historyStartDay + 1, Math.max(a.signedDay, c.signedDay) + 3);
            for (int i = 0; i < count; i++) {
                byte outcome = outcomes[i];
                boolean secondCoSells = rng.chance(c.type == PartnerType.SERVICES ? 0.4 : 0.7);
                int customer = pairCustomer(rng, pool, a);
                long amount = amountCents(rng, customer, PAIR_AMOUNT);
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
                        closedDay = offBoundary(rng.between(from, snapshotDay - 2));
                        created = closedDay - cycleDays(rng, CO_SOLD_CYCLE);
                        for (int redraw = 0; redraw < 6 && created < lower; redraw++) {
                            closedDay = offBoundary(rng.between(from, snapshotDay - 2));
                            created = closedDay - cycleDays(rng, CO_SOLD_CYCLE);
                        }
                        created = Math.max(lower, created);
                    }
                    stageA = rng.chance(0.5) ? DealStore.BEFORE_CONTACT : DealStore.AFTER_FIRST_MEETING;
                    regA = registrationDay(rng, stageA, created, closedDay, a.signedDay);
                    if (!conflicts(customer, a.index, secondCoSells ? c.index : -1, created, regA)) {
                        break;
                    }
                    customer = pairCustomer(rng, pool, a);
                }
                int d = addDeal(customer, amount, created, closedDay, outcome, DealStore.CO_SOLD);
                deals.pair[d] = k;
                addRow(d, a.index, DealStore.CO_SELLER, regA, stageA);
                if (secondCoSells) {
                    byte stage = rng.chance(0.5) ? DealStore.AFTER_FIRST_MEETING : DealStore.LATE_STAGE;
                    addRow(d, c.index, DealStore.CO_SELLER, registrationDay(rng, stage, created, closedDay, c.signedDay), stage);
                } else {
                    addRow(d, c.index, DealStore.INFLUENCED, DealStore.NONE, DealStore.UNREGISTERED);
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
            pair[2] = count;
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

    // ---------------------------------------------------------------- synergistic triples

    static final double TRIPLE_WIN_RATE = 0.75;
    private static final PartnerType[] TRIPLE_TYPES = {PartnerType.TECHNOLOGY, PartnerType.RESELLER, PartnerType.SERVICES};

    /**
     * round(scale) triples (at least one) of successful long-tenured partners outside the pairs, a
     * technology, a reseller and a services partner where there are such (certified, not, certified):
     * three partners that win together what none wins alone.
     */
    private void selectTriples() {
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

    /**
     * Each triple has 12-18 joint co-sold deals with all three on them (two co-sellers, the third
     * co-selling or influencing), exactly round(75 %) of the closed ones won, at accounts they serve;
     * the won ones are credited to the co-sellers like any co-sold deal.
     */
    private void generateTripleDeals() {
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
                byte outcome = outcomes[i];
                boolean thirdCoSells = rng.chance(0.5);
                int customer = pairCustomer(rng, pool, a);
                long amount = amountCents(rng, customer, PAIR_AMOUNT);
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
                        closedDay = offBoundary(rng.between(from, snapshotDay - 2));
                        created = Math.max(lower, closedDay - cycleDays(rng, CO_SOLD_CYCLE));
                    }
                    stageA = rng.chance(0.5) ? DealStore.BEFORE_CONTACT : DealStore.AFTER_FIRST_MEETING;
                    regA = registrationDay(rng, stageA, created, closedDay, a.signedDay);
                    if (++attempt >= 8 || !conflicts(customer, a.index, m.index, created, regA)) {
                        break;
                    }
                    customer = pairCustomer(rng, pool, a);
                }
                int d = addDeal(customer, amount, created, closedDay, outcome, DealStore.CO_SOLD);
                addRow(d, a.index, DealStore.CO_SELLER, regA, stageA);
                byte stageM = rng.chance(0.5) ? DealStore.AFTER_FIRST_MEETING : DealStore.LATE_STAGE;
                addRow(d, m.index, DealStore.CO_SELLER, registrationDay(rng, stageM, created, closedDay, m.signedDay), stageM);
                if (thirdCoSells) {
                    addRow(d, c.index, DealStore.CO_SELLER, registrationDay(rng, DealStore.LATE_STAGE, created, closedDay, c.signedDay),
                            DealStore.LATE_STAGE);
                } else {
                    addRow(d, c.index, DealStore.INFLUENCED, DealStore.NONE, DealStore.UNREGISTERED);
                }
                if (outcome == DealStore.WON) {
                    int w = b.windowOf(closedDay);
                    for (DemoPartner credited : thirdCoSells ? new DemoPartner[]{a, m, c} : new DemoPartner[]{a, m}) {
                        credited.creditedCents[w] += amount;
                        credited.pairCreditCents += amount;
                    }
                }
            }
            triple[3] = count;
            triple[4] = closed;
            triple[5] = won;
        }
    }

    // ---------------------------------------------------------------- diluted partners

    private void selectDiluted() {
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

    // ---------------------------------------------------------------- revenue plan

    private static final double SUCCESS_BASE = 103_000;
    private static final double EXCESS_MEDIAN = 70_000;
    private static final double EXCESS_SIGMA = 0.95;

    private void planTargets() {
        Rng rng = Rng.stream(seed, "revenue-plan");
        int n = b.signedCount;
        int last = b.windows - 1;
        double[] base = new double[n];
        double[] excess = new double[n];
        double[][] factor = new double[n][b.windows];
        boolean[] fixedT12 = new boolean[n];
        double[] t12 = new double[n];
        double[] unsuccessfulLevel = new double[n];
        double[][] presence = new double[n][b.windows];
        for (int i = 0; i < n; i++) {
            DemoPartner p = partners[i];
            if (p.diluted) {
                base[i] = rng.uniform(0, 3_000);
            } else if (p.successful) {
                base[i] = SUCCESS_BASE;
                double multiplier = p.hyperscaler ? 4 : p.type == PartnerType.STRATEGIC ? 2 : 1;
                double drawn = rng.logNormal(EXCESS_MEDIAN, EXCESS_SIGMA) * multiplier;
                // pair members' growth comes from their combination; alone they stay modest
                // super-connectors' value comes through their referees: their own revenue stays modest
                excess[i] = p.combined() || p.superConnector ? 0 : drawn;
            } else {
                // unsuccessful partners' revenue is lumpy (many years without a won deal); without
                // certified staff they mostly stay inactive
                double u = rng.uniform();
                int group = p.certified() ? (u < 0.30 ? 0 : u < 0.70 ? 1 : 2) : (u < 0.65 ? 0 : u < 0.92 ? 1 : 2);
                unsuccessfulLevel[i] = new double[]{0.3, 0.6, 0.9}[group];
                base[i] = group == 0
                        ? rng.uniform(2_000, 20_000)
                        : group == 1
                                ? rng.uniform(10_000, 60_000)
                                : rng.uniform(40_000, 92_000);
            }
            for (int w = 0; w < b.windows; w++) {
                presence[i][w] = unsuccessfulLevel[i] == 0 || rng.chance(unsuccessfulLevel[i]) ? 1 : 0;
            }
            boolean labelled = b.labelled(p);
            boolean special = p.diluted || p.combined() || p.superConnector || p.hyperscaler;
            double noiseDraw = rng.uniform();
            double nearThreshold = rng.uniform();
            if (labelled && !special && p.successful && noiseDraw < 0.025) {
                p.labelNoise = -1;
                fixedT12[i] = true;
                t12[i] = 85_000 + 13_000 * nearThreshold;
            } else if (labelled && !special && !p.successful && noiseDraw < 0.015) {
                p.labelNoise = 1;
                fixedT12[i] = true;
                t12[i] = 101_000 + 24_000 * nearThreshold;
            }
            double growth = rng.logNormal(1.08, 0.15);
            for (int w = 0; w < b.windows; w++) {
                double fraction = b.activeFraction(p, w);
                double ramp = b.windowEnd[w] - p.signedDay < 365 ? 0.6 : 1.0;
                factor[i][w] = StrictMath.pow(growth, w - last) * fraction * ramp * presence[i][w];
            }
            p.winRate = p.combined() ? PAIR_APART_WIN_RATE : p.hyperscaler ? 0.45 : p.successful ? 0.42 : 0.30;
        }
        // certified partners' revenue: scale the successful certified partners' revenue above the
        // threshold until the per-partner average ratio is the target (the label is untouched)
        double lo = 0.1;
        double hi = 10;
        for (int iteration = 0; iteration < 60; iteration++) {
            double mid = 0.5 * (lo + hi);
            if (certifiedRatio(mid, base, excess, factor, fixedT12, t12) < TARGET_CERTIFIED_REVENUE_RATIO) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        double k = 0.5 * (lo + hi);
        b.calibration.certifiedExcessMultiplier = k;
        b.calibration.plannedCertifiedRatio = certifiedRatio(k, base, excess, factor, fixedT12, t12);
        for (int i = 0; i < n; i++) {
            DemoPartner p = partners[i];
            for (int w = 0; w < b.windows; w++) {
                double dollars = plannedWindow(i, w, k, base, excess, factor, fixedT12, t12);
                // planned revenue on top of what the pair deals already credited
                p.targetCents[w] = StrictMath.round(dollars * 100) + p.creditedCents[w];
            }
        }
    }

    /** Certified partners' revenue above the threshold times k, the others' divided by k. */
    private double runRate(int i, double k, double[] base, double[] excess) {
        return base[i] + (partners[i].certified() ? k : 1 / k) * excess[i];
    }

    private double plannedWindow(int i, int w, double k, double[] base, double[] excess, double[][] factor,
            boolean[] fixedT12, double[] t12) {
        if (w == b.windows - 1 && fixedT12[i]) {
            return t12[i];
        }
        return runRate(i, k, base, excess) * factor[i][w];
    }

    private double certifiedRatio(double k, double[] base, double[] excess, double[][] factor, boolean[] fixedT12,
            double[] t12) {
        double certified = 0;
        double other = 0;
        int certifiedCount = 0;
        int otherCount = 0;
        for (int i = 0; i < b.signedCount; i++) {
            DemoPartner p = partners[i];
            double total = p.pairCreditCents / 100.0;
            for (int w = 0; w < b.windows; w++) {
                total += plannedWindow(i, w, k, base, excess, factor, fixedT12, t12);
            }
            if (p.certified()) {
                certified += total;
                certifiedCount++;
            } else {
                other += total;
                otherCount++;
            }
        }
        if (certifiedCount == 0 || otherCount == 0 || other == 0) {
            return TARGET_CERTIFIED_REVENUE_RATIO;
        }
        return (certified / certifiedCount) / (other / otherCount);
    }

    // ---------------------------------------------------------------- channel conflicts

    private void plantConflicts() {
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
            plantedConflictDeals.set(d1);
            int t2 = t + rng.between(2, 18);
            if (second != null) {
                int reg2 = Math.min(t2 + rng.between(1, 8), regFirst + CONFLICT_WINDOW_DAYS - 2);
                reg2 = Math.max(reg2, second.signedDay);
                int d2 = conflictDeal(rng, c, second, Math.min(t2, snapshotDay - 1), Math.min(reg2, snapshotDay - 1),
                        DealStore.AFTER_FIRST_MEETING, false);
                plantedConflictDeals.set(d2);
            } else {
                int created = Math.min(t2, snapshotDay - 1);
                int d2 = directDeal(rng, c, created);
                plantedConflictDeals.set(d2);
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
        long amount = amountCents(rng, c, SOURCED_AMOUNT);
        int closed = offBoundary(created + cycleDays(rng, SOURCED_CYCLE));
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
        int d = addDeal(c, amount, created, closed, outcome, DealStore.PARTNER_SOURCED);
        addRow(d, p.index, DealStore.SOURCED, Math.min(registered, closed == DealStore.NONE ? snapshotDay : closed), stage);
        return d;
    }

    // ---------------------------------------------------------------- partners' own deals

    private void generatePartnerDeals() {
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
            List<long[]> drafts = new ArrayList<>();
            long sum = 0;
            while (sum < remaining) {
                byte role = rng.chance(coSoldShare(p)) ? DealStore.CO_SELLER : DealStore.SOURCED;
                int customer = partnerCustomer(rng, p);
                // alone, pair members land smaller deals than together
                double soloFactor = p.combined() ? 0.4 : 1.0;
                long raw = amountCents(rng, customer, soloFactor * (role == DealStore.CO_SELLER ? CO_SOLD_AMOUNT : SOURCED_AMOUNT));
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
                wonCount++;
            }
        }
        double winRate = p.winRate;
        int lost = rng.stochasticRound(wonCount * (1 - winRate) / winRate) + rng.poisson(0.25 * activeYears);
        int closeFrom = Math.max(lower + 7, historyStartDay + 2);
        for (int k = 0; k < lost && closeFrom <= last; k++) {
            byte role = rng.chance(coSoldShare(p)) ? DealStore.CO_SELLER : DealStore.SOURCED;
            int customer = partnerCustomer(rng, p);
            long amount = amountCents(rng, customer, role == DealStore.CO_SELLER ? CO_SOLD_AMOUNT : SOURCED_AMOUNT);
            placePartnerDeal(rng, p, role, customer, amount, DealStore.LOST, closeFrom, last, lower, -1);
        }
        int openFrom = Math.max(lower, snapshotDay - 110);
        if (last >= snapshotDay && openFrom < snapshotDay) {
            int open = rng.poisson(0.25 * (wonCount + lost) / Math.max(0.5, activeYears));
            for (int k = 0; k < open; k++) {
                byte role = rng.chance(coSoldShare(p)) ? DealStore.CO_SELLER : DealStore.SOURCED;
                int customer = partnerCustomer(rng, p);
                long amount = amountCents(rng, customer, role == DealStore.CO_SELLER ? CO_SOLD_AMOUNT : SOURCED_AMOUNT);
                placePartnerDeal(rng, p, role, customer, amount, DealStore.OPEN, openFrom, snapshotDay - 1, lower, -1);
            }
        }
        topUpFirstDeal(p, rng);
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
                double median = role == DealStore.CO_SELLER ? CO_SOLD_CYCLE : SOURCED_CYCLE;
                closed = rng.between(from, to);
                created = closed - cycleDays(rng, median);
                for (int redraw = 0; redraw < 6 && created < lower; redraw++) {
                    closed = rng.between(from, to);
                    created = closed - cycleDays(rng, median);
                }
                created = Math.max(lower, created);
            }
            stage = (byte) rng.weighted(STAGE_BY_ROLE[role]);
            registered = registrationDay(rng, stage, created, closed, p.signedDay);
            second = role == DealStore.CO_SELLER ? secondCoSeller(rng, p, customer, created, amount, outcome, closed) : null;
            if (!conflicts(customer, p.index, second == null ? -1 : second.index, created, registered)) {
                break;
            }
            if (attempt % 2 == 1) {
                customer = partnerCustomer(rng, p);
            }
        }
        byte source = role == DealStore.CO_SELLER ? DealStore.CO_SOLD : DealStore.PARTNER_SOURCED;
        int d = addDeal(customer, amount, created, closed, outcome, source);
        addRow(d, p.index, role, registered, stage);
        if (outcome == DealStore.WON) {
            p.creditedCents[window] += amount;
        }
        if (second != null) {
            byte secondStage = (byte) rng.weighted(STAGE_BY_ROLE[DealStore.CO_SELLER]);
            addRow(d, second.index, DealStore.CO_SELLER,
                    registrationDay(rng, secondStage, created, closed, second.signedDay), secondStage);
            if (outcome == DealStore.WON) {
                second.creditedCents[b.windowOf(closed)] += amount;
            }
        }
        if (rng.chance(0.12)) {
            DemoPartner influencer = influencerFor(rng, customer, created, p, second);
            if (influencer != null) {
                addRow(d, influencer.index, DealStore.INFLUENCED, DealStore.NONE, DealStore.UNREGISTERED);
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

    private DemoPartner influencerFor(Rng rng, int customer, int day, DemoPartner exclude1, DemoPartner exclude2) {
        for (int k = b.serversStart[customer]; k < b.serversStart[customer + 1]; k++) {
            DemoPartner q = partners[b.servers[k]];
            if (q.type == PartnerType.SERVICES && q.activeOn(day) && q != exclude1 && q != exclude2 && !q.combined()
                    && rng.chance(0.6)) {
                return q;
            }
        }
        IntList services = signedByType.get(PartnerType.SERVICES.ordinal());
        for (int tries = 0; tries < 50 && services.size() > 0; tries++) {
            DemoPartner q = partners[services.get(rng.nextInt(services.size()))];
            if (q.activeOn(day) && q != exclude1 && q != exclude2 && !q.combined()) {
                return q;
            }
        }
        return null;
    }

    /** Most new partners land a first deal within 90 days of signing (seed 003's target). */
    private void topUpFirstDeal(DemoPartner p, Rng rng) {
        if (p.signedDay < historyStartDay || !rng.chance(0.6) || firstDealDay[p.index] <= p.signedDay + 90) {
            return;
        }
        int latest = Math.min(p.signedDay + 80, Math.min(snapshotDay - 1, p.lastActiveDay(snapshotDay)));
        if (latest < p.signedDay + 7) {
            return;
        }
        byte role = rng.chance(coSoldShare(p)) ? DealStore.CO_SELLER : DealStore.SOURCED;
        int customer = partnerCustomer(rng, p);
        long amount = StrictMath.round(amountCents(rng, customer, SOURCED_AMOUNT) * 0.6);
        int created = rng.between(p.signedDay + 7, latest);
        for (int attempt = 0; attempt < 6 && conflicts(customer, p.index, -1, created, created); attempt++) {
            created = rng.between(p.signedDay + 7, latest);
            customer = partnerCustomer(rng, p);
        }
        int closed = created + cycleDays(rng, role == DealStore.CO_SELLER ? CO_SOLD_CYCLE : SOURCED_CYCLE);
        byte outcome = closed > Math.min(snapshotDay, p.lastActiveDay(snapshotDay)) ? DealStore.OPEN : DealStore.LOST;
        if (outcome == DealStore.OPEN) {
            closed = DealStore.NONE;
        }
        byte stage = (byte) rng.weighted(STAGE_BY_ROLE[role]);
        int d = addDeal(customer, amount, created, closed, outcome,
                role == DealStore.CO_SELLER ? DealStore.CO_SOLD : DealStore.PARTNER_SOURCED);
        addRow(d, p.index, role, registrationDay(rng, stage, created, closed, p.signedDay), stage);
    }

    // ---------------------------------------------------------------- level-3 vs level-1 co-selling

    /**
     * Moves single-partner deals of integration builders between partner-sourced and co-sold until
     * partners whose deepest integration is level 3 average the target multiple of level-1 builders'
     * co-sold deals. Credited revenue is unchanged (both roles are credited), so labels stay as drawn.
     */
    private void calibrateIntegrationCoSelling() {
        Rng rng = Rng.stream(seed, "co-sell-calibration");
        int[] coSold = new int[partners.length];
        for (int r = 0; r < deals.rows; r++) {
            if (deals.rowRole[r] == DealStore.CO_SELLER) {
                coSold[deals.rowPartner[r]]++;
            }
        }
        long[] total = new long[4];
        int[] builders = new int[4];
        for (int i = 0; i < b.signedCount; i++) {
            DemoPartner p = partners[i];
            if (p.integrationCount > 0) {
                total[p.maxDepth] += coSold[i];
                builders[p.maxDepth]++;
            }
        }
        if (builders[1] == 0 || builders[3] == 0) {
            return;
        }
        // candidate deals per (depth, current role)
        IntList deep3Sourced = new IntList();
        IntList deep3CoSold = new IntList();
        IntList deep1Sourced = new IntList();
        IntList deep1CoSold = new IntList();
        for (int d = 0; d < deals.size; d++) {
            if (deals.pair[d] >= 0 || plantedConflictDeals.get(d) || deals.source[d] == DealStore.DIRECT
                    || deals.source[d] == DealStore.PARTNER_INFLUENCED) {
                continue;
            }
            int credited = -1;
            int creditedRows = 0;
            for (int r = deals.firstRow[d]; r < deals.firstRow[d] + deals.rowCount[d]; r++) {
                if (deals.rowRole[r] != DealStore.INFLUENCED) {
                    credited = r;
                    creditedRows++;
                }
            }
            if (creditedRows != 1) {
                continue;
            }
            DemoPartner p = partners[deals.rowPartner[credited]];
            if (p.integrationCount == 0 || (p.maxDepth != 1 && p.maxDepth != 3)) {
                continue;
            }
            boolean isCoSold = deals.rowRole[credited] == DealStore.CO_SELLER;
            (p.maxDepth == 3 ? (isCoSold ? deep3CoSold : deep3Sourced) : (isCoSold ? deep1CoSold : deep1Sourced)).add(d);
        }
        int swaps = 0;
        double target = TARGET_LEVEL3_VS_LEVEL1_CO_SOLD;
        double ratio = ratio(total, builders);
        if (ratio < target) {
            swaps += swapUntil(rng, deep3Sourced, true, total, builders, 3, target, true);
            swaps += swapUntil(rng, deep1CoSold, false, total, builders, 1, target, true);
        } else {
            swaps += swapUntil(rng, deep1Sourced, true, total, builders, 1, target, false);
            swaps += swapUntil(rng, deep3CoSold, false, total, builders, 3, target, false);
        }
        b.calibration.roleSwaps = swaps;
    }

    private static double ratio(long[] total, int[] builders) {
        double level1 = total[1] / (double) builders[1];
        double level3 = total[3] / (double) builders[3];
        return level1 == 0 ? Double.POSITIVE_INFINITY : level3 / level1;
    }

    private int swapUntil(Rng rng, IntList candidates, boolean toCoSold, long[] total, int[] builders, int depth,
            double target, boolean raising) {
        int[] order = candidates.toArray();
        rng.shuffle(order);
        int swaps = 0;
        for (int d : order) {
            double current = ratio(total, builders);
            if (raising ? current >= target : current <= target) {
                break;
            }
            if (swapRole(d, toCoSold)) {
                total[depth] += toCoSold ? 1 : -1;
                swaps++;
            }
        }
        return swaps;
    }

    private boolean swapRole(int d, boolean toCoSold) {
        int row = -1;
        for (int r = deals.firstRow[d]; r < deals.firstRow[d] + deals.rowCount[d]; r++) {
            if (deals.rowRole[r] != DealStore.INFLUENCED) {
                row = r;
            }
        }
        DemoPartner p = partners[deals.rowPartner[row]];
        int created = deals.created[d];
        if (deals.closed[d] != DealStore.NONE) {
            // keep the deal's place in its cycle-length distribution (quantile transform)
            int cycle = deals.closed[d] - created;
            double factor = toCoSold ? CO_SOLD_CYCLE / SOURCED_CYCLE : SOURCED_CYCLE / CO_SOLD_CYCLE;
            int lower = Math.max(historyStartDay + 1, p.signedDay + 3);
            int newCreated = Math.max(lower, deals.closed[d] - (int) StrictMath.round(cycle * factor));
            if (newCreated > deals.closed[d]) {
                return false;
            }
            if (deals.rowRegistered[row] != DealStore.NONE) {
                int shifted = deals.rowRegistered[row] + (newCreated - created);
                deals.rowRegistered[row] = Math.max(p.signedDay, Math.min(shifted, deals.closed[d]));
            }
            deals.created[d] = newCreated;
        }
        deals.rowRole[row] = toCoSold ? DealStore.CO_SELLER : DealStore.SOURCED;
        deals.source[d] = toCoSold ? DealStore.CO_SOLD : DealStore.PARTNER_SOURCED;
        return true;
    }

    // ---------------------------------------------------------------- influenced and direct deals

    private static final double[] INFLUENCER_TYPE = {0.03, 0.12, 0.05, 0.10, 0.70};

    private void generateInfluencedDeals(int total) {
        Rng rng = Rng.stream(seed, "influenced-deals");
        int count = (int) StrictMath.round(INFLUENCED_DEAL_SHARE * total);
        for (int k = 0; k < count; k++) {
            boolean open = rng.chance(OPEN_SHARE);
            int created;
            int closed = DealStore.NONE;
            if (open) {
                created = rng.between(snapshotDay - 110, snapshotDay - 1);
            } else {
                closed = rng.between(historyStartDay + 7, snapshotDay);
                created = Math.max(historyStartDay + 1, closed - cycleDays(rng, INFLUENCED_CYCLE));
            }
            DemoPartner influencer = randomActive(rng, INFLUENCER_TYPE, created, closed);
            if (influencer == null) {
                continue;
            }
            int customer = influencer.served.length > 0 && rng.chance(0.7)
                    ? influencer.served[rng.nextInt(influencer.served.length)]
                    : b.pickCustomerForDeal(rng);
            for (int attempt = 0; attempt < 5 && conflicts(customer, -1, -1, created, DealStore.NONE); attempt++) {
                customer = b.pickCustomerForDeal(rng);
            }
            long amount = amountCents(rng, customer, INFLUENCED_AMOUNT);
            byte outcome = open ? DealStore.OPEN : rng.chance(0.30) ? DealStore.WON : DealStore.LOST;
            int d = addDeal(customer, amount, created, closed, outcome, DealStore.PARTNER_INFLUENCED);
            byte stage = (byte) rng.weighted(STAGE_BY_ROLE[DealStore.INFLUENCED]);
            addRow(d, influencer.index, DealStore.INFLUENCED,
                    registrationDay(rng, stage, created, closed, influencer.signedDay), stage);
            if (rng.chance(0.15)) {
                DemoPartner other = influencerFor(rng, customer, created, influencer, null);
                if (other != null && (closed == DealStore.NONE || other.activeOn(closed))) {
                    addRow(d, other.index, DealStore.INFLUENCED, DealStore.NONE, DealStore.UNREGISTERED);
                }
            }
        }
    }

    private DemoPartner randomActive(Rng rng, double[] typeWeights, int created, int closed) {
        for (int tries = 0; tries < 100; tries++) {
            IntList pool = signedByType.get(rng.weighted(typeWeights));
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

    private void generateDirectDeals(int total) {
        Rng rng = Rng.stream(seed, "direct-deals");
        int count = total - deals.size;
        if (count < total * 0.3) {
            throw new IllegalArgumentException("the deal budget (" + total + ") is too small for the partners' planted "
                    + "revenue (" + deals.size + " partner deals); raise deals or lower partners");
        }
        for (int k = 0; k < count; k++) {
            boolean open = rng.chance(OPEN_SHARE);
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
                if (!conflicts(customer, -1, -1, created, DealStore.NONE)) {
                    break;
                }
                if (attempt % 2 == 1) {
                    customer = b.pickCustomerForDeal(rng);
                }
            }
            int d = addDeal(customer, amountCents(rng, customer, 1.0), created, closed,
                    open ? DealStore.OPEN : DealStore.LOST, DealStore.DIRECT);
            if (rng.chance(0.04)) {
                DemoPartner influencer = influencerFor(rng, customer, created, null, null);
                if (influencer != null && (open || influencer.activeOn(closed))) {
                    addRow(d, influencer.index, DealStore.INFLUENCED, DealStore.NONE, DealStore.UNREGISTERED);
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
            int cycle = cycleDays(rng, DIRECT_CYCLE);
            if (closed - cycle > historyStartDay || attempt >= 10) {
                int created = Math.max(historyStartDay + 1, closed - cycle);
                return ((long) created << 32) | (closed & 0xFFFFFFFFL);
            }
        }
    }

    private int directDeal(Rng rng, int customer, int created) {
        int cycle = cycleDays(rng, DIRECT_CYCLE);
        int closed = created + cycle;
        if (closed > snapshotDay) {
            return addDeal(customer, amountCents(rng, customer, 1.0), created, DealStore.NONE, DealStore.OPEN,
                    DealStore.DIRECT);
        }
        return addDeal(customer, amountCents(rng, customer, 1.0), created, closed, DealStore.LOST, DealStore.DIRECT);
    }

    // ---------------------------------------------------------------- calibration from realised values

    private void calibrateDirect() {
        Rng rng = Rng.stream(seed, "direct-calibration");
        long sourcedWon = 0;
        long sourcedClosed = 0;
        int segments = Vocabulary.SEGMENTS.length;
        double[] coSoldWonAmount = new double[segments];
        long[] coSoldWon = new long[segments];
        IntList closedDirect = new IntList();
        for (int d = 0; d < deals.size; d++) {
            byte source = deals.source[d];
            byte outcome = deals.outcome[d];
            if (source == DealStore.PARTNER_SOURCED && outcome != DealStore.OPEN) {
                sourcedClosed++;
                sourcedWon += outcome == DealStore.WON ? 1 : 0;
            } else if (source == DealStore.CO_SOLD && outcome == DealStore.WON) {
                int segment = customers[deals.customer[d]].segment;
                coSoldWon[segment]++;
                coSoldWonAmount[segment] += deals.amountCents[d];
            } else if (source == DealStore.DIRECT && outcome != DealStore.OPEN) {
                closedDirect.add(d);
            }
        }
        double sourcedRate = sourcedWon / (double) Math.max(1, sourcedClosed);
        double directRate = sourcedRate / TARGET_SOURCED_VS_DIRECT_WIN_RATE;
        int[] order = closedDirect.toArray();
        rng.shuffle(order);
        int won = (int) StrictMath.round(directRate * order.length);
        double[] directWonAmount = new double[segments];
        long[] directWon = new long[segments];
        for (int k = 0; k < order.length; k++) {
            deals.outcome[order[k]] = k < won ? DealStore.WON : DealStore.LOST;
            if (k < won) {
                int segment = customers[deals.customer[order[k]]].segment;
                directWon[segment]++;
                directWonAmount[segment] += deals.amountCents[order[k]];
            }
        }
        // like for like: within each customer segment, won co-sold deals average the target multiple of
        // won direct deals (the mix of segments differs between the channels, so the raw ratio does not)
        double allCoSold = Arrays.stream(coSoldWonAmount).sum() / Math.max(1, Arrays.stream(coSoldWon).sum());
        double allDirect = Arrays.stream(directWonAmount).sum() / Math.max(1, Arrays.stream(directWon).sum());
        double overall = won > 0 && allCoSold > 0 ? allCoSold / TARGET_CO_SOLD_VS_DIRECT_AMOUNT / allDirect : 1;
        double[] scale = new double[segments];
        for (int g = 0; g < segments; g++) {
            scale[g] = coSoldWon[g] > 0 && directWon[g] > 0
                    ? (coSoldWonAmount[g] / coSoldWon[g]) / TARGET_CO_SOLD_VS_DIRECT_AMOUNT / (directWonAmount[g] / directWon[g])
                    : overall;
        }
        for (int d = 0; d < deals.size; d++) {
            if (deals.source[d] == DealStore.DIRECT) {
                double factor = scale[customers[deals.customer[d]].segment];
                deals.amountCents[d] = Math.max(50_000, StrictMath.round(deals.amountCents[d] * factor));
            }
        }
        calibrateDirectCycles();
        b.calibration.sourcedWinRate = sourcedRate;
        b.calibration.directWinRate = won / (double) Math.max(1, order.length);
        b.calibration.directAmountScale = overall;
        b.calibration.directAmountScaleBySegment = scale;
    }

    /**
     * Partners' deals cannot start before the partner signed, which trims their cycle lengths a little;
     * direct cycles are stretched or shrunk by the same small factor so that the median days to close
     * of won direct deals is the target multiple of co-sold ones.
     */
    private void calibrateDirectCycles() {
        double coSold = medianWonCycle(DealStore.CO_SOLD);
        double direct = medianWonCycle(DealStore.DIRECT);
        if (coSold <= 0 || direct <= 0) {
            return;
        }
        double factor = TARGET_CO_SOLD_SPEED * coSold / direct;
        for (int d = 0; d < deals.size; d++) {
            if (deals.source[d] == DealStore.DIRECT && deals.closed[d] != DealStore.NONE && !plantedConflictDeals.get(d)) {
                int cycle = deals.closed[d] - deals.created[d];
                int lower = historyStartDay + 1;
                for (int r = deals.firstRow[d]; r < deals.firstRow[d] + deals.rowCount[d]; r++) {
                    lower = Math.max(lower, partners[deals.rowPartner[r]].signedDay);
                }
                int created = deals.closed[d] - (int) StrictMath.round(cycle * factor);
                deals.created[d] = Math.min(deals.closed[d], Math.max(lower, created));
            }
        }
        b.calibration.directCycleFactor = factor;
    }

    private double medianWonCycle(byte source) {
        IntList cycles = new IntList();
        for (int d = 0; d < deals.size; d++) {
            if (deals.source[d] == source && deals.outcome[d] == DealStore.WON) {
                cycles.add(deals.closed[d] - deals.created[d]);
            }
        }
        int[] values = cycles.toArray();
        if (values.length == 0) {
            return 0;
        }
        Arrays.sort(values);
        int n = values.length;
        return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
    }

    private void calibrateInfluenced() {
        double partnerDriven = 0;
        double direct = 0;
        double influenced = 0;
        for (int d = 0; d < deals.size; d++) {
            if (deals.outcome[d] != DealStore.WON) {
                continue;
            }
            switch (deals.source[d]) {
                case DealStore.PARTNER_SOURCED, DealStore.CO_SOLD -> partnerDriven += deals.amountCents[d];
                case DealStore.DIRECT -> direct += deals.amountCents[d];
                default -> influenced += deals.amountCents[d];
            }
        }
        double needed = partnerDriven / TARGET_PARTNER_REVENUE_SHARE - partnerDriven - direct;
        double scale = influenced <= 0 ? 1 : Math.max(0.1, Math.min(4.0, needed / influenced));
        for (int d = 0; d < deals.size; d++) {
            if (deals.source[d] == DealStore.PARTNER_INFLUENCED) {
                deals.amountCents[d] = Math.max(50_000, StrictMath.round(deals.amountCents[d] * scale));
            }
        }
        b.calibration.influencedAmountScale = scale;
    }

    // ---------------------------------------------------------------- partner economics

    private static final double[] BELOW_PROPENSITY = {-0.6, 0.2, -0.2, -1.0, 0.8};
    private static final double MIN_ROW_HOURS = 0.5;

    private void settleEconomics() {
        Rng rng = Rng.stream(seed, "economics");
        int n = b.signedCount;
        double[] earnings = new double[n];
        double[] hours = new double[n];
        int[] rowsOf = new int[n];
        for (int r = 0; r < deals.rows; r++) {
            int d = deals.rowDeal[r];
            DemoPartner p = partners[deals.rowPartner[r]];
            double amount = deals.amountCents[d] / 100.0;
            double roleFactor = deals.rowRole[r] == DealStore.INFLUENCED ? 0.5 : deals.rowRole[r] == DealStore.CO_SELLER ? 1.3 : 1.0;
            double outcomeFactor = deals.outcome[d] == DealStore.WON ? 1.0 : deals.outcome[d] == DealStore.LOST ? 0.7 : 0.5;
            double raw = (3 + StrictMath.sqrt(amount) / 9) * rng.logNormal(1, 0.35) * roleFactor * outcomeFactor;
            deals.rowHours[r] = raw;
            long cents = 0;
            if (deals.outcome[d] == DealStore.WON) {
                double rate = (p.type == PartnerType.REFERRAL || p.type == PartnerType.RESELLER)
                        && deals.rowRole[r] != DealStore.INFLUENCED
                                ? p.earningRate
                                : DealStore.REGISTRATION_COMMISSION[deals.rowStage[r]];
                cents = StrictMath.round(deals.amountCents[d] * rate);
            }
            deals.rowEarningsCents[r] = cents;
            earnings[p.index] += cents / 100.0;
            hours[p.index] += raw;
            rowsOf[p.index]++;
        }
        // a partner's hours are set so that its hourly return (earnings / hours) is a chosen multiple of
        // its hourly rate; about a quarter of the partners end below 2.5x
        double[] multiple = new double[n];
        int withRows = 0;
        int below = 0;
        List<Integer> free = new ArrayList<>();
        double[] propensity = new double[n];
        for (int i = 0; i < n; i++) {
            if (rowsOf[i] == 0) {
                continue;
            }
            withRows++;
            DemoPartner p = partners[i];
            double rate = p.hourlyRateCents / 100.0;
            double bestMultiple = earnings[i] / (rowsOf[i] * MIN_ROW_HOURS * rate);
            if (earnings[i] <= 0) {
                multiple[i] = 0;
                below++;
            } else if (bestMultiple < RETURN_THRESHOLD) {
                multiple[i] = Math.min(bestMultiple, rng.uniform(0.6, 2.4));
                below++;
            } else {
                free.add(i);
                propensity[i] = BELOW_PROPENSITY[p.type.ordinal()] + (p.successful ? 0 : 0.5) + rng.gaussian();
            }
        }
        int wantedBelow = (int) StrictMath.round(TARGET_BELOW_RETURN_SHARE * withRows);
        int moreBelow = Math.max(0, wantedBelow - below);
        free.sort((x, y) -> {
            int c = Double.compare(propensity[y], propensity[x]);
            return c != 0 ? c : Integer.compare(x, y);
        });
        for (int k = 0; k < free.size(); k++) {
            int i = free.get(k);
            multiple[i] = k < moreBelow ? rng.uniform(0.6, 2.4) : RETURN_THRESHOLD + 0.1 + rng.logNormal(1.5, 0.6);
        }
        b.calibration.plannedBelowReturnShare = (below + Math.min(moreBelow, free.size())) / (double) Math.max(1, withRows);
        // every row gets half an hour plus its share of the rest, so that the total is exact
        double[] spare = new double[n];
        for (int i = 0; i < n; i++) {
            if (rowsOf[i] > 0 && earnings[i] > 0) {
                double totalHours = earnings[i] / ((partners[i].hourlyRateCents / 100.0) * multiple[i]);
                spare[i] = Math.max(0, totalHours - rowsOf[i] * MIN_ROW_HOURS) / hours[i];
            } else {
                spare[i] = 1;
            }
        }
        for (int r = 0; r < deals.rows; r++) {
            int i = deals.rowPartner[r];
            boolean exact = rowsOf[i] > 0 && earnings[i] > 0;
            double h = exact ? MIN_ROW_HOURS + deals.rowHours[r] * spare[i] : Math.max(MIN_ROW_HOURS, deals.rowHours[r]);
            deals.rowHours[r] = StrictMath.round(h * 10) / 10.0;
        }
    }

    // ---------------------------------------------------------------- shared helpers

    private int addDeal(int customer, long amount, int created, int closed, byte outcome, byte source) {
        int d = deals.addDeal(customer, amount, created, closed, outcome, source);
        customers[customer].deals.add(d);
        if (outcome == DealStore.OPEN) {
            deals.openStage[d] = (byte) Math.floorMod(d * 7 + created, Vocabulary.OPEN_STAGES.length);
        }
        return d;
    }

    private void addRow(int deal, int partner, byte role, int registered, byte stage) {
        deals.addRow(deal, partner, role, registered, stage);
        firstDealDay[partner] = Math.min(firstDealDay[partner], deals.created[deal]);
    }

    long amountCents(Rng rng, int customer, double multiplier) {
        DemoCustomer c = customers[customer];
        double dollars = rng.logNormal(Vocabulary.SEGMENT_DEAL[c.segment], 0.55) * Vocabulary.INDUSTRY_AMOUNT[c.industry]
                * Vocabulary.REGION_AMOUNT[c.region] * multiplier;
        return Math.max(1_000_00L, StrictMath.round(dollars) * 100);
    }

    static int cycleDays(Rng rng, double median) {
        return (int) Math.max(7, Math.min(400, StrictMath.round(rng.logNormal(median, CYCLE_SIGMA))));
    }

    int registrationDay(Rng rng, byte stage, int created, int closed, int signedDay) {
        int limit = closed == DealStore.NONE ? snapshotDay : closed;
        int day = switch (stage) {
            case DealStore.BEFORE_CONTACT -> created - rng.between(0, 10);
            case DealStore.AFTER_FIRST_MEETING -> created + rng.between(3, 20);
            case DealStore.LATE_STAGE -> closed == DealStore.NONE
                    ? created + rng.between(20, 60)
                    : created + (int) StrictMath.round((closed - created) * rng.uniform(0.5, 0.85));
            default -> DealStore.NONE;
        };
        if (day == DealStore.NONE) {
            return day;
        }
        return Math.max(signedDay, Math.min(day, limit));
    }

    /**
     * True if a deal with these credited partners (lead, second; -1 = none) on these days would collide
     * with another channel's deal at the account (see {@link #CONFLICT_GUARD_DAYS}).
     */
    private boolean conflicts(int customer, int lead, int second, int created, int registered) {
        IntList list = customers[customer].deals;
        for (int k = 0; k < list.size(); k++) {
            int e = list.get(k);
            int eLead = -1;
            int eSecond = -1;
            int eRegistered = DealStore.NONE;
            for (int r = deals.firstRow[e]; r < deals.firstRow[e] + deals.rowCount[e]; r++) {
                if (deals.rowRole[r] == DealStore.INFLUENCED) {
                    continue;
                }
                if (eLead < 0) {
                    eLead = deals.rowPartner[r];
                    eRegistered = deals.rowRegistered[r];
                } else if (eSecond < 0) {
                    eSecond = deals.rowPartner[r];
                }
            }
            if (lead < 0 && eLead < 0) {
                continue;
            }
            if (lead >= 0 && eLead >= 0 && (lead == eLead || lead == eSecond
                    || (second >= 0 && (second == eLead || second == eSecond)))) {
                continue;
            }
            int eCreated = deals.created[e];
            if (near(created, eCreated) || near(registered, eCreated) || near(created, eRegistered)
                    || near(registered, eRegistered)) {
                return true;
            }
        }
        return false;
    }

    private static boolean near(int a, int b) {
        return a != DealStore.NONE && b != DealStore.NONE && Math.abs(a - b) <= CONFLICT_GUARD_DAYS;
    }
}
