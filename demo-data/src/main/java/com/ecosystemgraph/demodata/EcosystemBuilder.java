package com.ecosystemgraph.demodata;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the whole demo ecosystem in memory, stage by stage, and holds it: customers and account
 * overlap ({@link CustomerAccounts}), partner and prospect profiles ({@link PartnerProfiles}),
 * integrations and their users ({@link Integrations}), the success draw and the referral network
 * ({@link ReferralNetwork}), tiers and churn ({@link TiersAndChurn}), deals ({@link DealGenerator}),
 * customer retention and referral dates ({@link CustomerOutcomes}) and investments
 * ({@link Investments}). The stages read and fill this builder's fields: the shared state of one
 * generation run.
 *
 * <p>Every phase draws from its own named {@link Rng} stream, and every collection is iterated in
 * index order, so the same options always give the same ecosystem.
 */
final class EcosystemBuilder {

    static final int NONE = Integer.MIN_VALUE;
    static final long LABEL_THRESHOLD_CENTS = 100_000_00L;

    final DemoOptions options;
    final long seed;
    final double scale;
    final int snapshotDay;
    final int historyStartDay;
    /** Last signing day that gives a partner 12 months of tenure at the snapshot (labelled partners). */
    final int labelCutoffDay;
    final int windows;
    /** Window w covers closing days in (windowStart[w], windowEnd[w]]; the last window is the trailing 12 months. */
    final int[] windowStart;
    final int[] windowEnd;

    final DemoCustomer[] customers;
    DemoPartner[] partners;
    int signedCount;
    int hyperscalerCount;

    IntList[] customersByRegion;
    IntList[][] customersByRegionIndustry;
    /** Cumulative deal-frequency weights of the customers (segment-driven). */
    double[] customerDealWeights;

    int[][] servedSince;
    int[] serversStart;
    int[] servers;

    final IntList integrationPartner = new IntList();
    final IntList integrationDepth = new IntList();
    final IntList integrationLaunch = new IntList();
    final List<String> integrationNames = new ArrayList<>();
    final IntList usageCustomer = new IntList();
    final IntList usageIntegration = new IntList();
    final IntList usageSince = new IntList();

    /** Referral ends: a partner index (>= 0) or a customer as -(index + 1). */
    final IntList referralFrom = new IntList();
    final IntList referralTo = new IntList();
    final IntList referralDay = new IntList();

    final IntList investmentPartner = new IntList();
    final IntList investmentKind = new IntList();
    final IntList investmentDay = new IntList();
    final List<long[]> investmentAmountAndHours = new ArrayList<>();

    DealStore deals;

    // planted structure, for planted-effects.json and the tests
    final List<int[]> pairs = new ArrayList<>();
    /** Planted triples: three partner indexes, then joint deals, closed joint deals, won joint deals. */
    final List<int[]> triples = new ArrayList<>();
    final List<Integer> superConnectors = new ArrayList<>();
    final List<int[]> chains = new ArrayList<>();
    final List<Integer> diluted = new ArrayList<>();
    final List<int[]> combos = new ArrayList<>();
    final List<Integer> plantedConflictCustomers = new ArrayList<>();
    final Calibration calibration = new Calibration();

    /** What the calibration steps aimed at and found, reported in planted-effects.json. */
    static final class Calibration {
        double certifiedExcessMultiplier;
        double plannedCertifiedRatio;
        double sourcedWinRate;
        double directWinRate;
        double directAmountScale;
        double[] directAmountScaleBySegment = new double[0];
        double directCycleFactor;
        double influencedAmountScale;
        int roleSwaps;
        double plannedBelowReturnShare;
    }

    EcosystemBuilder(DemoOptions options) {
        this.options = options;
        this.seed = options.seed();
        this.scale = options.scale();
        LocalDate snapshot = options.snapshotDate();
        this.snapshotDay = (int) snapshot.toEpochDay();
        this.historyStartDay = (int) options.historyStart().toEpochDay();
        this.labelCutoffDay = (int) snapshot.minusMonths(12).toEpochDay();
        this.windows = options.years();
        this.windowStart = new int[windows];
        this.windowEnd = new int[windows];
        for (int w = 0; w < windows; w++) {
            windowEnd[w] = (int) snapshot.minusYears(windows - 1 - w).toEpochDay();
            windowStart[w] = (int) snapshot.minusYears(windows - w).toEpochDay();
        }
        this.customers = new DemoCustomer[options.customerCount()];
    }

    /** Runs every stage in order; the result is the complete ecosystem held by this builder. */
    EcosystemBuilder build() {
        CustomerAccounts accounts = new CustomerAccounts(this);
        accounts.createCustomers();
        new PartnerProfiles(this).createPartners();
        Integrations integrations = new Integrations(this);
        integrations.createIntegrations();
        accounts.createOverlap();
        integrations.createIntegrationUsage();
        for (DemoPartner p : partners) {
            p.profileLogit = SuccessModel.profileLogit(p);
        }
        new ReferralNetwork(this).decideSuccessAndReferrals();
        TiersAndChurn tiers = new TiersAndChurn(this);
        tiers.assignTiers();
        tiers.chooseChurnedPartners();
        new DealGenerator(this).generate();
        CustomerOutcomes outcomes = new CustomerOutcomes(this);
        outcomes.settleCustomers();
        outcomes.datePendingReferrals();
        new Investments(this).createInvestments();
        return this;
    }

    /** A customer in the partner's region and industries most of the time. */
    int pickCustomerNear(Rng rng, DemoPartner p) {
        double u = rng.uniform();
        if (u < 0.55) {
            IntList pool = customersByRegionIndustry[p.region][p.industries[rng.nextInt(p.industries.length)]];
            if (pool.size() > 0) {
                return pool.get(rng.nextInt(pool.size()));
            }
        }
        if (u < 0.8) {
            IntList pool = customersByRegion[p.region];
            if (pool.size() > 0) {
                return pool.get(rng.nextInt(pool.size()));
            }
        }
        return rng.nextInt(customers.length);
    }

    /** A customer drawn by deal frequency (enterprise accounts see more deals). */
    int pickCustomerForDeal(Rng rng) {
        return rng.weightedCumulative(customerDealWeights);
    }

    /** Planned investment of each super-connector over the history (for planted-effects.json). */
    final java.util.Map<Integer, Double> connectorInvestment = new java.util.TreeMap<>();

    /** A partner's credited won revenue over the whole history, in dollars. */
    static double credited(DemoPartner p) {
        long cents = 0;
        for (long c : p.creditedCents) {
            cents += c;
        }
        return cents / 100.0;
    }

    /** Share of window w during which the partner was signed and not churned. */
    double activeFraction(DemoPartner p, int w) {
        if (p.prospect) {
            return 0;
        }
        int from = Math.max(windowStart[w], p.signedDay);
        int to = Math.min(windowEnd[w], p.lastActiveDay(snapshotDay));
        return to <= from ? 0 : (to - from) / (double) (windowEnd[w] - windowStart[w]);
    }

    /** Window index of a closing day, or -1 if it is outside the history. */
    int windowOf(int day) {
        for (int w = 0; w < windows; w++) {
            if (day > windowStart[w] && day <= windowEnd[w]) {
                return w;
            }
        }
        return -1;
    }

    boolean labelled(DemoPartner p) {
        return p.signed() && !p.churned && p.signedDay <= labelCutoffDay;
    }

    // ---------------------------------------------------------------- helpers

    static int idWidth(int count, int minimum) {
        return Math.max(minimum, Integer.toString(Math.max(1, count)).length());
    }

    static String pad(int number, int width) {
        String s = Integer.toString(number);
        return s.length() >= width ? s : "0".repeat(width - s.length()) + s;
    }

    static long roundTo(double value, long unit) {
        return Math.max(unit, StrictMath.round(value / unit) * unit) / unit;
    }
}
