package com.ecosystemgraph.demodata;

import com.ecosystemgraph.demodata.Vocabulary.PartnerType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * Generates every deal and deal-partner row, then calibrates the planted effects. This class holds
 * the deal stages' shared state and helpers (adding deals and rows, amounts, cycles, registration
 * days, the conflict guard); each stage is its own class.
 *
 * <p>Order of work (each step draws from its own random stream):
 * <ol>
 *   <li>choose the synergistic pairs and triples and the diluted partners; generate their joint deals;</li>
 *   <li>plan each signed partner's won partner-driven revenue per history year (the trailing 12
 *       months decide the ML label), calibrating certified partners' revenue to the target ratio
 *       ({@link RevenuePlan});</li>
 *   <li>plant channel conflicts; generate each partner's own deals so that its credited won revenue
 *       per year equals the plan exactly (amounts are scaled to the plan);</li>
 *   <li>move single-partner deals between partner-sourced and co-sold to hit the level-3 versus
 *       level-1 co-selling ratio ({@link CoSellingCalibration});</li>
 *   <li>generate partner-influenced and direct deals to fill the deal budget, then set the direct win
 *       rate and amounts and the influenced amounts from what the partners realised;</li>
 *   <li>set each deal-partner row's earnings (commission, margin, registration commission) and hours
 *       ({@link PartnerEconomics}).</li>
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

    static final double[][] STAGE_BY_ROLE = {
            {0.50, 0.25, 0.10, 0.15}, {0.0, 0.10, 0.05, 0.85}, {0.20, 0.45, 0.20, 0.15}};

    // the shared state of the deal stages
    final EcosystemBuilder b;
    final DemoPartner[] partners;
    final DemoCustomer[] customers;
    final int snapshotDay;
    final int historyStartDay;
    final long seed;
    final DealStore deals;
    /** Creation day of each partner's first deal (Integer.MAX_VALUE if none yet). */
    final int[] firstDealDay;
    final BitSet plantedConflictDeals = new BitSet();
    /** Signed partners other than hyperscalers, by type ordinal. */
    final List<IntList> signedByType = new ArrayList<>();

    DealGenerator(EcosystemBuilder builder) {
        this.b = builder;
        this.partners = builder.partners;
        this.customers = builder.customers;
        this.snapshotDay = builder.snapshotDay;
        this.historyStartDay = builder.historyStartDay;
        this.seed = builder.seed;
        this.deals = new DealStore(builder.options.dealCount());
        builder.deals = deals;
        this.firstDealDay = new int[partners.length];
        Arrays.fill(firstDealDay, Integer.MAX_VALUE);
    }

    /** Runs the deal stages in order (see the class comment); each draws from its own random streams. */
    void generate() {
        int total = b.options.dealCount();
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
        PlantedPartners planted = new PlantedPartners(this);
        planted.selectPairs();
        planted.selectTriples();
        planted.selectDiluted();
        JointDeals joint = new JointDeals(this);
        joint.generatePairDeals();
        joint.generateTripleDeals();
        new RevenuePlan(this).planTargets();
        new ChannelConflicts(this).plantConflicts();
        new PartnerDeals(this).generatePartnerDeals();
        new CoSellingCalibration(this).calibrateIntegrationCoSelling();
        InfluencedAndDirectDeals others = new InfluencedAndDirectDeals(this);
        others.generateInfluencedDeals(total);
        others.generateDirectDeals(total);
        ChannelCalibration calibration = new ChannelCalibration(this);
        calibration.calibrateDirect();
        calibration.calibrateInfluenced();
        for (int d = 0; d < deals.size; d++) {
            if (deals.pair[d] >= 0 && deals.outcome[d] == DealStore.WON) {
                customers[deals.customer[d]].wonPairDeal = true;
            }
        }
        new PartnerEconomics(this).settleEconomics();
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
    int offBoundary(int closed) {
        for (int w = 0; w < b.windows; w++) {
            if (closed == b.windowStart[w] || closed == b.windowStart[w] + 1) {
                return closed + 2;
            }
        }
        return closed;
    }

    DemoPartner influencerFor(Rng rng, int customer, int day, DemoPartner exclude1, DemoPartner exclude2) {
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

    // ---------------------------------------------------------------- shared helpers

    int addDeal(int customer, long amount, int created, int closed, byte outcome, byte source) {
        int d = deals.addDeal(customer, amount, created, closed, outcome, source);
        customers[customer].deals.add(d);
        if (outcome == DealStore.OPEN) {
            deals.openStage[d] = (byte) Math.floorMod(d * 7 + created, Vocabulary.OPEN_STAGES.length);
        }
        return d;
    }

    void addRow(int deal, int partner, byte role, int registered, byte stage) {
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
    boolean conflicts(int customer, int lead, int second, int created, int registered) {
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
