package com.ecosystemgraph.demodata;

import com.ecosystemgraph.demodata.Vocabulary.PartnerType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Builds the whole demo ecosystem in memory, phase by phase: customers, partner and prospect
 * profiles, integrations and account overlap, the success draw and the referral network, tiers,
 * the revenue plan, deals (see {@link DealGenerator}), customer retention and investments.
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

    /** Runs every phase; the result is the complete ecosystem held by this builder. */
    EcosystemBuilder build() {
        createCustomers();
        createPartners();
        createIntegrations();
        createOverlap();
        createIntegrationUsage();
        for (DemoPartner p : partners) {
            p.profileLogit = SuccessModel.profileLogit(p);
        }
        decideSuccessAndReferrals();
        assignTiers();
        chooseChurnedPartners();
        DealGenerator generator = new DealGenerator(this);
        generator.generate();
        settleCustomers();
        datePendingReferrals();
        createInvestments();
        return this;
    }

    // ---------------------------------------------------------------- customers

    private void createCustomers() {
        Rng rng = Rng.stream(seed, "customers");
        Vocabulary.NameMaker names = new Vocabulary.NameMaker();
        int regions = Vocabulary.REGIONS.length;
        int industries = Vocabulary.INDUSTRIES.length;
        customersByRegion = new IntList[regions];
        customersByRegionIndustry = new IntList[regions][industries];
        for (int r = 0; r < regions; r++) {
            customersByRegion[r] = new IntList();
            for (int i = 0; i < industries; i++) {
                customersByRegionIndustry[r][i] = new IntList();
            }
        }
        customerDealWeights = new double[customers.length];
        double cumulative = 0;
        int width = idWidth(customers.length, 5);
        for (int c = 0; c < customers.length; c++) {
            DemoCustomer customer = new DemoCustomer(c);
            customer.id = "C" + pad(c + 1, width);
            customer.industry = rng.weighted(Vocabulary.INDUSTRY_WEIGHTS);
            customer.region = rng.weighted(Vocabulary.REGION_WEIGHTS);
            customer.segment = rng.weighted(Vocabulary.SEGMENT_WEIGHTS);
            customer.arrCents = roundTo(rng.logNormal(Vocabulary.SEGMENT_ARR[customer.segment], 0.6), 100) * 100 * 100;
            customer.name = names.customerName(rng);
            customers[c] = customer;
            customersByRegion[customer.region].add(c);
            customersByRegionIndustry[customer.region][customer.industry].add(c);
            cumulative += Vocabulary.SEGMENT_DEAL_FREQUENCY[customer.segment];
            customerDealWeights[c] = cumulative;
        }
    }

    // ---------------------------------------------------------------- partners and prospects

    private static final double[] TYPE_WEIGHTS = {0.24, 0.28, 0.20, 0.06, 0.22};
    private static final double[] PARTNER_REGION_WEIGHTS = {0.40, 0.30, 0.20, 0.10};
    private static final double[] EMPLOYEE_MEDIAN = {15, 120, 60, 8_000, 250};
    private static final double[] EMPLOYEE_SIGMA = {1.0, 1.1, 1.0, 1.0, 1.2};
    private static final double[] CERTIFIED_SHARE = {0.15, 0.5, 0.55, 0.85, 0.6};
    private static final double[][] HOURLY_RATE = {{90, 220}, {120, 220}, {80, 170}, {180, 320}, {150, 300}};
    private static final String[] HYPERSCALER_NAMES = {"Nimbus Cloud", "Stratus Cloud Platform", "Cumulus Web Services"};

    private void createPartners() {
        int signed = options.partnerCount();
        int prospects = options.prospectCount();
        hyperscalerCount = signed >= 100 ? 3 : 2;
        List<DemoPartner> drafts = new ArrayList<>(signed);
        for (int i = 0; i < signed; i++) {
            Rng rng = Rng.stream(seed, "partner-profile", i);
            drafts.add(draftProfile(i, false, i < hyperscalerCount, rng));
        }
        // ids follow the signing order: P0001 is the oldest partner
        drafts.sort(Comparator.<DemoPartner>comparingInt(p -> p.signedDay).thenComparingInt(p -> p.index));
        partners = new DemoPartner[signed + prospects];
        for (int i = 0; i < signed; i++) {
            DemoPartner draft = drafts.get(i);
            DemoPartner p = copyAs(draft, i);
            partners[i] = p;
        }
        for (int i = 0; i < prospects; i++) {
            Rng rng = Rng.stream(seed, "prospect-profile", i);
            partners[signed + i] = draftProfile(signed + i, true, false, rng);
        }
        signedCount = signed;
        Vocabulary.NameMaker names = new Vocabulary.NameMaker();
        Rng nameRng = Rng.stream(seed, "partner-names");
        int width = idWidth(signed, 4);
        int prospectWidth = idWidth(prospects, 4);
        int hyperscalers = 0;
        for (DemoPartner p : partners) {
            if (p.prospect) {
                p.id = "Q" + pad(p.index - signed + 1, prospectWidth);
            } else {
                p.id = "P" + pad(p.index + 1, width);
            }
            p.name = p.hyperscaler
                    ? names.fixed(HYPERSCALER_NAMES[hyperscalers++ % HYPERSCALER_NAMES.length])
                    : names.partnerName(nameRng, p.type);
        }
    }

    private static DemoPartner copyAs(DemoPartner draft, int index) {
        DemoPartner p = new DemoPartner(index);
        p.type = draft.type;
        p.hyperscaler = draft.hyperscaler;
        p.region = draft.region;
        p.industries = draft.industries;
        p.employees = draft.employees;
        p.certifiedStaff = draft.certifiedStaff;
        p.signedDay = draft.signedDay;
        p.hourlyRateCents = draft.hourlyRateCents;
        p.noise = draft.noise;
        p.draw = draft.draw;
        p.engagementLatent = draft.engagementLatent;
        p.earningRate = draft.earningRate;
        return p;
    }

    private DemoPartner draftProfile(int index, boolean prospect, boolean hyperscaler, Rng rng) {
        DemoPartner p = new DemoPartner(index);
        p.prospect = prospect;
        p.hyperscaler = hyperscaler;
        p.type = hyperscaler ? PartnerType.STRATEGIC : PartnerType.values()[rng.weighted(TYPE_WEIGHTS)];
        int t = p.type.ordinal();
        p.region = hyperscaler ? 0 : rng.weighted(PARTNER_REGION_WEIGHTS);
        int industryCount = hyperscaler ? 5 : 1 + rng.weighted(new double[]{0.45, 0.35, 0.20});
        p.industries = pickIndustries(rng, industryCount);
        p.employees = hyperscaler
                ? rng.between(60_000, 220_000)
                : (int) Math.max(1, StrictMath.round(rng.logNormal(EMPLOYEE_MEDIAN[t], EMPLOYEE_SIGMA[t])));
        if (hyperscaler) {
            p.certifiedStaff = rng.between(250, 900);
        } else if (rng.chance(CERTIFIED_SHARE[t])) {
            double median = 1.5 * StrictMath.pow(p.employees / 50.0, 0.35);
            int count = 1 + (int) StrictMath.floor(rng.logNormal(median, 0.8));
            p.certifiedStaff = Math.max(1, Math.min(count, Math.max(1, p.employees / 3)));
        }
        p.hourlyRateCents = StrictMath.round(rng.uniform(HOURLY_RATE[t][0], HOURLY_RATE[t][1])) * 100;
        p.earningRate = switch (p.type) {
            case REFERRAL -> 0.10 + 0.01 * rng.between(0, 10);
            case RESELLER -> 0.20 + 0.01 * rng.between(0, 20);
            default -> 0;
        };
        if (!prospect) {
            p.signedDay = hyperscaler ? snapshotDay - rng.between(6 * 365, 9 * 365) : signingDay(rng);
        }
        // drawn now so that the success draw does not depend on the order of the later phases
        p.noise = rng.gaussian() * SuccessModel.NOISE_SD;
        p.draw = rng.uniform();
        p.engagementLatent = rng.gaussian();
        return p;
    }

    private int signingDay(Rng rng) {
        double u = rng.uniform();
        boolean middleExists = labelCutoffDay - historyStartDay > 60;
        if (u < 0.35 || (u < 0.85 && !middleExists)) {
            return rng.between(historyStartDay - 5 * 365, historyStartDay - 30);
        }
        if (u < 0.85) {
            return rng.between(historyStartDay, labelCutoffDay - 1);
        }
        return rng.between(labelCutoffDay + 14, snapshotDay - 21);
    }

    private static int[] pickIndustries(Rng rng, int count) {
        double[] weights = Vocabulary.INDUSTRY_WEIGHTS.clone();
        int[] picked = new int[count];
        for (int k = 0; k < count; k++) {
            int i = rng.weighted(weights);
            picked[k] = i;
            weights[i] = 0;
        }
        Arrays.sort(picked);
        return picked;
    }

    // ---------------------------------------------------------------- integrations

    private static final double[] INTEGRATION_SHARE = {0.03, 0.85, 0.12, 0.55, 0.15};
    private static final String[] DEPTH_NAME = {"", "Data Sync", "Workflow Automation", "Unified App"};

    private void createIntegrations() {
        Rng rng = Rng.stream(seed, "integrations");
        for (DemoPartner p : partners) {
            int t = p.type.ordinal();
            int count;
            if (p.hyperscaler) {
                // hyperscalers co-sell through account overlap and their marketplace, not through an
                // integration of their own (their hundreds of co-sold deals would also swamp the
                // co-selling averages by integration depth)
                count = 0;
            } else if (rng.chance(INTEGRATION_SHARE[t])) {
                count = p.type == PartnerType.TECHNOLOGY ? 1 + (rng.chance(0.45) ? 1 : 0) + (rng.chance(0.2) ? 1 : 0) : 1;
            } else {
                count = 0;
            }
            boolean[] usedDepth = new boolean[4];
            for (int k = 0; k < count; k++) {
                int depth;
                if (p.type == PartnerType.TECHNOLOGY) {
                    depth = 1 + rng.weighted(new double[]{0.40, 0.35, 0.25});
                } else if (p.type == PartnerType.STRATEGIC) {
                    // platforms integrate at the workflow or experience level
                    depth = 2 + rng.weighted(new double[]{0.6, 0.4});
                } else {
                    depth = 1 + rng.weighted(new double[]{0.6, 0.3, 0.1});
                }
                int from = p.prospect ? snapshotDay - 4 * 365 : Math.max(p.signedDay - 365, historyStartDay - 3 * 365);
                int launch = rng.between(Math.min(from, snapshotDay - 60), snapshotDay - 30);
                integrationPartner.add(p.index);
                integrationDepth.add(depth);
                integrationLaunch.add(launch);
                String name = p.name + " " + DEPTH_NAME[depth] + (usedDepth[depth] ? " " + (k + 1) : "");
                usedDepth[depth] = true;
                integrationNames.add(name);
                p.integrationCount++;
                p.maxDepth = Math.max(p.maxDepth, depth);
            }
        }
    }

    // ---------------------------------------------------------------- account overlap

    private static final double[] SERVED_MEDIAN = {4, 10, 22, 80, 12};
    private static final double[][] SEGMENT_ACCEPT = {
            {1.0, 0.8, 0.5}, {0.8, 1.0, 0.9}, {1.0, 0.9, 0.4}, {0.4, 0.8, 1.0}, {0.3, 0.8, 1.0}};
    private static final double[] HYPERSCALER_SEGMENT = {0.85, 1.1, 1.35};

    private void createOverlap() {
        Rng rng = Rng.stream(seed, "overlap");
        int n = customers.length;
        double density = (n / (double) Math.max(1, signedCount)) / (2_000 / 300.0);
        density = Math.max(0.3, Math.min(3.0, density));
        int[] stamp = new int[n];
        servedSince = new int[partners.length][];
        int[] servedCount = new int[n];
        for (DemoPartner p : partners) {
            IntList chosen = new IntList(16);
            int mark = p.index + 1;
            int t = p.type.ordinal();
            if (p.hyperscaler) {
                double share = rng.uniform(0.50, 0.62);
                for (int c = 0; c < n; c++) {
                    if (rng.chance(share * HYPERSCALER_SEGMENT[customers[c].segment])) {
                        chosen.add(c);
                    }
                }
            } else {
                double sigma = p.type == PartnerType.STRATEGIC ? 0.7 : 0.9;
                int target = (int) StrictMath.floor(rng.logNormal(SERVED_MEDIAN[t] * density, sigma));
                target = Math.min(target, n / 4);
                int tries = 0;
                while (chosen.size() < target && tries++ < 30 * target + 50) {
                    int c = pickCustomerNear(rng, p);
                    if (stamp[c] == mark || !rng.chance(SEGMENT_ACCEPT[t][customers[c].segment])) {
                        continue;
                    }
                    stamp[c] = mark;
                    chosen.add(c);
                }
            }
            int[] served = chosen.toArray();
            Arrays.sort(served);
            int[] since = new int[served.length];
            int latestStart = p.prospect ? snapshotDay - 5 * 365 : Math.min(p.signedDay, snapshotDay - 60) - 3 * 365;
            for (int k = 0; k < served.length; k++) {
                since[k] = rng.between(latestStart, snapshotDay - 14);
                servedCount[served[k]]++;
                if (customers[served[k]].segment == Vocabulary.ENTERPRISE) {
                    p.servedEnterprise++;
                }
            }
            p.served = served;
            servedSince[p.index] = since;
        }
        serversStart = new int[n + 1];
        for (int c = 0; c < n; c++) {
            serversStart[c + 1] = serversStart[c] + servedCount[c];
        }
        servers = new int[serversStart[n]];
        int[] fill = Arrays.copyOf(serversStart, n);
        for (DemoPartner p : partners) {
            for (int c : p.served) {
                servers[fill[c]++] = p.index;
            }
        }
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

    // ---------------------------------------------------------------- integration usage

    private static final double[] USERS_MEDIAN = {0, 8, 16, 30};

    private void createIntegrationUsage() {
        Rng rng = Rng.stream(seed, "integration-usage");
        int n = customers.length;
        IntList[] usedBy = new IntList[n];
        int integrations = integrationPartner.size();
        for (int i = 0; i < integrations; i++) {
            DemoPartner p = partners[integrationPartner.get(i)];
            int depth = integrationDepth.get(i);
            int users = (int) StrictMath.floor(rng.logNormal(USERS_MEDIAN[depth] * (p.prospect ? 0.4 : 1.0), 0.6));
            users = Math.min(users, n / 5);
            int tries = 0;
            int added = 0;
            while (added < users && tries++ < 20 * users + 20) {
                int c = p.served.length > 0 && rng.chance(0.6)
                        ? p.served[rng.nextInt(p.served.length)]
                        : pickCustomerForDeal(rng);
                if (addUsage(usedBy, c, i, rng)) {
                    added++;
                }
            }
        }
        plantIntegrationCombos(usedBy, rng);
        for (int k = 0; k < usageCustomer.size(); k++) {
            if (integrationDepth.get(usageIntegration.get(k)) == 3) {
                customers[usageCustomer.get(k)].usesDeepIntegration = true;
            }
        }
    }

    private boolean addUsage(IntList[] usedBy, int c, int integration, Rng rng) {
        if (usedBy[c] == null) {
            usedBy[c] = new IntList(2);
        } else if (usedBy[c].contains(integration)) {
            return false;
        }
        usedBy[c].add(integration);
        usageCustomer.add(c);
        usageIntegration.add(integration);
        usageSince.add(rng.between(Math.max(integrationLaunch.get(integration), snapshotDay - 4 * 365), snapshotDay - 7));
        return true;
    }

    /** A couple of integration pairs whose joint users retain clearly better (see settleCustomers). */
    private void plantIntegrationCombos(IntList[] usedBy, Rng rng) {
        int wanted = Math.max(1, (int) StrictMath.round(2 * scale));
        IntList deep = new IntList();
        IntList workflow = new IntList();
        for (int i = 0; i < integrationPartner.size(); i++) {
            DemoPartner p = partners[integrationPartner.get(i)];
            if (p.prospect || p.hyperscaler) {
                continue;
            }
            if (integrationDepth.get(i) == 3 && p.type == PartnerType.TECHNOLOGY) {
                deep.add(i);
            } else if (integrationDepth.get(i) >= 2) {
                workflow.add(i);
            }
        }
        int[] deepOrder = deep.toArray();
        int[] workflowOrder = workflow.toArray();
        rng.shuffle(deepOrder);
        rng.shuffle(workflowOrder);
        boolean[] usedIntegration = new boolean[integrationPartner.size()];
        int w = 0;
        for (int k = 0; k < deepOrder.length && combos.size() < wanted; k++) {
            int x = deepOrder[k];
            int y = -1;
            while (w < workflowOrder.length) {
                int candidate = workflowOrder[w++];
                if (!usedIntegration[candidate]
                        && integrationPartner.get(candidate) != integrationPartner.get(x)) {
                    y = candidate;
                    break;
                }
            }
            if (y < 0) {
                break;
            }
            usedIntegration[x] = true;
            usedIntegration[y] = true;
            int comboIndex = combos.size();
            int target = rng.between(36, 50);
            int members = 0;
            // existing users of exactly one side get the other: joint use grows out of single use
            int tries = 0;
            while (members < target && tries++ < 40 * target) {
                int c = pickCustomerForDeal(rng);
                DemoCustomer customer = customers[c];
                if (customer.combo >= 0) {
                    continue;
                }
                boolean hasX = usedBy[c] != null && usedBy[c].contains(x);
                boolean hasY = usedBy[c] != null && usedBy[c].contains(y);
                if (hasX && hasY) {
                    customer.combo = comboIndex;
                    members++;
                    continue;
                }
                if (!hasX) {
                    addUsage(usedBy, c, x, rng);
                }
                if (!hasY) {
                    addUsage(usedBy, c, y, rng);
                }
                customer.combo = comboIndex;
                members++;
            }
            combos.add(new int[]{x, y, members});
        }
    }

    // ---------------------------------------------------------------- success and referrals

    private static final double REFERRED_SHARE = 0.28;
    private static final double PROSPECT_REFERRED_SHARE = 0.22;
    private static final double CUSTOMER_REFERRED_SHARE = 0.04;

    private void decideSuccessAndReferrals() {
        Rng rng = Rng.stream(seed, "referrals");
        chooseSuperConnectors(rng);
        assignSuperConnectorReferees(rng);
        plantDeepChains(rng);
        for (int i = 0; i < signedCount; i++) {
            DemoPartner p = partners[i];
            if (p.decided) {
                continue;
            }
            if (p.referrerPartner < 0 && p.referrerCustomer < 0 && !p.hyperscaler && rng.chance(REFERRED_SHARE)) {
                referOrdinary(p, rng);
            }
            decide(p);
        }
        for (int i = signedCount; i < partners.length; i++) {
            DemoPartner p = partners[i];
            if (p.referrerPartner < 0 && p.referrerCustomer < 0 && rng.chance(PROSPECT_REFERRED_SHARE)) {
                referOrdinary(p, rng);
            }
            decide(p);
        }
        int customerReferrals = (int) StrictMath.round(CUSTOMER_REFERRED_SHARE * customers.length);
        for (int k = 0; k < customerReferrals; k++) {
            int c = rng.nextInt(customers.length);
            if (alreadyReferred(-(c + 1))) {
                continue;
            }
            int from;
            if (rng.chance(0.6)) {
                from = -(rng.nextInt(customers.length) + 1);
                if (from == -(c + 1)) {
                    continue;
                }
            } else {
                DemoPartner referrer = partners[rng.nextInt(signedCount)];
                from = referrer.index;
                referrer.referralsMade++;
            }
            addReferral(from, -(c + 1), NONE);
        }
    }

    private final java.util.BitSet referredCustomers = new java.util.BitSet();

    private boolean alreadyReferred(int end) {
        return end < 0 && referredCustomers.get(-end - 1);
    }

    private void addReferral(int from, int to, int day) {
        referralFrom.add(from);
        referralTo.add(to);
        referralDay.add(day);
        if (to < 0) {
            referredCustomers.set(-to - 1);
        }
    }

    /** Computes the partner's success probability and, for signed partners, the success draw. */
    private void decide(DemoPartner p) {
        DemoPartner referrer = p.referrerPartner >= 0 ? partners[p.referrerPartner] : null;
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
        Rng rng = Rng.stream(seed, "engagement", p.index);
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
        Rng rng = Rng.stream(seed, "prospect-engagement", p.index);
        p.portalLogins = rng.chance(PROSPECT_PORTAL_SHARE)
                ? 1 + (int) StrictMath.floor(rng.logNormal(2.5 * StrictMath.exp(0.3 * engagement), 0.6))
                : 0;
        p.trainings = 0;
        p.downloads = rng.poisson(2.6 * StrictMath.exp(0.4 * engagement));
    }

    /** Share of prospects that logged in to the partner portal at all (on an invitation or a trial). */
    static final double PROSPECT_PORTAL_SHARE = 0.15;

    private void chooseSuperConnectors(Rng rng) {
        int wanted = Math.max(3, (int) StrictMath.round(4 * scale));
        List<DemoPartner> eligible = new ArrayList<>();
        for (int i = 0; i < signedCount; i++) {
            DemoPartner p = partners[i];
            // connectors have been around long enough for their referees to mature
            if (!p.hyperscaler && p.signedDay <= historyStartDay - 2 * 365 && p.type != PartnerType.TECHNOLOGY) {
                eligible.add(p);
            }
        }
        if (eligible.size() < wanted * 2) {
            for (int i = 0; i < signedCount && eligible.size() < wanted * 2; i++) {
                DemoPartner p = partners[i];
                if (!p.hyperscaler && p.signedDay <= historyStartDay && !eligible.contains(p)) {
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
        for (int k = 0; k < order.length && superConnectors.size() < wanted; k++) {
            DemoPartner p = successful.get(order[k]);
            p.superConnector = true;
            superConnectors.add(p.index);
        }
        // connectors' referees get the connector bonus: undecide the rest of the eligible set
        // so that they are decided in signing order with their own referrers
        for (DemoPartner p : eligible) {
            if (!p.superConnector) {
                p.decided = false;
                p.engagementLatent = Rng.stream(seed, "engagement-redraw", p.index).gaussian();
            }
        }
    }

    private double[] refereeWeight;

    private void assignSuperConnectorReferees(Rng rng) {
        refereeWeight = new double[signedCount];
        for (int i = 0; i < signedCount; i++) {
            refereeWeight[i] = StrictMath.exp(1.2 * Math.min(2.5, partners[i].profileLogit));
        }
        for (int sc : superConnectors) {
            DemoPartner connector = partners[sc];
            int quota = rng.between(12, 22);
            int partnerQuota = (int) StrictMath.round(quota * 0.65);
            int prospectQuota = (int) StrictMath.round(quota * 0.17);
            int customerQuota = quota - partnerQuota - prospectQuota;
            // a third of them signed before the deal history: long-tenured referees that can mature
            // into the strongest performers
            int earlyQuota = Math.max(1, partnerQuota / 3);
            for (DemoPartner p : weightedReferees(rng, connector, earlyQuota, historyStartDay - 60)) {
                referPartner(p, connector, rng);
            }
            for (DemoPartner p : weightedReferees(rng, connector, partnerQuota - earlyQuota, Integer.MAX_VALUE)) {
                referPartner(p, connector, rng);
            }
            for (int k = 0; k < prospectQuota && partners.length > signedCount; k++) {
                DemoPartner q = partners[signedCount + rng.nextInt(partners.length - signedCount)];
                if (q.referrerPartner < 0 && q.referrerCustomer < 0) {
                    referPartner(q, connector, rng);
                }
            }
            for (int k = 0; k < customerQuota; k++) {
                int c = rng.nextInt(customers.length);
                if (!alreadyReferred(-(c + 1))) {
                    addReferral(connector.index, -(c + 1), NONE);
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
        for (int i = 0; i < signedCount; i++) {
            DemoPartner p = partners[i];
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
            chosen.add(partners[(int) key[1]]);
        }
        return chosen;
    }

    /** Extends one referral chain below each connector, so that chains reach depth 4 to 5. */
    private void plantDeepChains(Rng rng) {
        for (int sc : superConnectors) {
            DemoPartner current = null;
            for (int i = 0; i < signedCount; i++) {
                DemoPartner p = partners[i];
                if (p.referrerPartner == sc && p.signedDay <= snapshotDay - 3 * 365) {
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
                    DemoPartner p = partners[rng.nextInt(signedCount)];
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
            chains.add(chain.toArray());
        }
    }

    private void referOrdinary(DemoPartner p, Rng rng) {
        if (rng.chance(0.12)) {
            int c = rng.nextInt(customers.length);
            p.referrerCustomer = c;
            int day = p.prospect ? rng.between(snapshotDay - 540, snapshotDay - 7) : p.signedDay - rng.between(14, 150);
            addReferral(-(c + 1), p.index, day);
            return;
        }
        int latest = p.prospect ? snapshotDay - 30 : p.signedDay - 60;
        for (int tries = 0; tries < 200; tries++) {
            DemoPartner r = partners[rng.nextInt(signedCount)];
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
            day = rng.between(Math.max(referrer.signedDay + 1, snapshotDay - 540), snapshotDay - 7);
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

    // ---------------------------------------------------------------- tiers and churn

    /** How strongly the legacy assigned tier follows the success draw (the rest is staleness). */
    static final double TIER_SIGNAL = 0.55;

    private void assignTiers() {
        Rng rng = Rng.stream(seed, "tiers");
        double[] latent = new double[signedCount];
        Integer[] order = new Integer[signedCount];
        for (int i = 0; i < signedCount; i++) {
            DemoPartner p = partners[i];
            latent[i] = TIER_SIGNAL * (p.successful ? 1 : 0) + rng.gaussian()
                    + (p.type == PartnerType.STRATEGIC ? 0.6 : 0) + (p.hyperscaler ? 10 : 0);
            order[i] = i;
        }
        Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> -latent[i]).thenComparingInt(i -> i));
        for (int rank = 0; rank < signedCount; rank++) {
            double q = rank / (double) signedCount;
            partners[order[rank]].tier = q < 0.08 ? 3 : q < 0.25 ? 2 : q < 0.55 ? 1 : 0;
        }
    }

    private void chooseChurnedPartners() {
        Rng rng = Rng.stream(seed, "churned-partners");
        int wanted = (int) StrictMath.round(0.04 * signedCount);
        int chosen = 0;
        for (int tries = 0; tries < 50 * wanted && chosen < wanted; tries++) {
            DemoPartner p = partners[rng.nextInt(signedCount)];
            if (p.successful || p.hyperscaler || p.superConnector || p.churnDay != NONE || p.referralsMade > 0
                    || p.signedDay > snapshotDay - 2 * 365) {
                continue;
            }
            p.churned = true;
            p.churnDay = rng.between(snapshotDay - 2 * 365 + 30, labelCutoffDay - 10);
            chosen++;
        }
    }

    // ---------------------------------------------------------------- customers after deals

    private void settleCustomers() {
        Rng rng = Rng.stream(seed, "customer-retention");
        double[] base = {0.20, 0.12, 0.07};
        int[] comboCount = new int[combos.size()];
        for (DemoCustomer c : customers) {
            if (c.combo >= 0) {
                comboCount[c.combo]++;
            }
        }
        // joint users of a planted combination churn at most 2 % (rounded down)
        int[] comboChurn = new int[combos.size()];
        for (int k = 0; k < combos.size(); k++) {
            comboChurn[k] = (int) StrictMath.floor(0.02 * comboCount[k]);
        }
        int[] comboSeen = new int[combos.size()];
        for (DemoCustomer c : customers) {
            if (c.combo >= 0) {
                int k = c.combo;
                int remaining = comboCount[k] - comboSeen[k];
                c.churned = rng.uniform() * remaining < comboChurn[k];
                if (c.churned) {
                    comboChurn[k]--;
                }
                comboSeen[k]++;
            } else {
                double p = base[c.segment];
                p *= c.usesDeepIntegration ? 0.55 : 1.0;
                p *= c.wonPairDeal ? 0.4 : 1.0;
                c.churned = rng.chance(p);
            }
            double mean = c.churned ? -12 : 32 + (c.usesDeepIntegration ? 10 : 0) + (c.wonPairDeal ? 8 : 0);
            int nps = (int) StrictMath.round(mean + 28 * rng.gaussian());
            c.nps = Math.max(-100, Math.min(100, nps));
        }
    }

    /** Customers' referral dates follow their first deal, known only now. */
    private void datePendingReferrals() {
        Rng rng = Rng.stream(seed, "referral-dates");
        int[] firstDeal = new int[customers.length];
        Arrays.fill(firstDeal, Integer.MAX_VALUE);
        for (int d = 0; d < deals.size; d++) {
            int c = deals.customer[d];
            firstDeal[c] = Math.min(firstDeal[c], deals.created[d]);
        }
        for (int k = 0; k < referralTo.size(); k++) {
            if (referralDay.get(k) != NONE) {
                continue;
            }
            int c = -referralTo.get(k) - 1;
            int from = referralFrom.get(k);
            int earliest = from >= 0 ? partners[from].signedDay + 1 : historyStartDay - 365;
            int day = firstDeal[c] != Integer.MAX_VALUE
                    ? firstDeal[c] - rng.between(7, 60)
                    : rng.between(historyStartDay, snapshotDay - 30);
            if (day < earliest) {
                day = Math.min(snapshotDay - 1, earliest + rng.between(0, 30));
            }
            referralDay.set(k, Math.min(day, snapshotDay));
        }
    }

    // ---------------------------------------------------------------- investments

    private static final double[] TIER_BUDGET = {4_000, 15_000, 45_000, 120_000};
    private static final double[] KIND_SHARE = {0.35, 0.20, 0.25, 0.20};
    /**
     * Ordinary partners' investment over the history is at most this share of their credited
     * revenue plus {@link #INVESTMENT_FLOOR}: outside the planted diluted partners and the
     * super-connectors, support follows outcomes, so every partner in the top investment quartile
     * returns more than it absorbs.
     */
    static final double INVESTMENT_CAP_SHARE = 0.6;
    static final double INVESTMENT_FLOOR = 8_000;
    /** Super-connectors absorb this multiple (drawn between the two) of their own credited revenue. */
    static final double[] CONNECTOR_INVESTMENT = {1.3, 1.8};

    private void createInvestments() {
        Rng rng = Rng.stream(seed, "investments");
        double[] totals = new double[signedCount];
        double[][] budgets = new double[signedCount][windows];
        for (int i = 0; i < signedCount; i++) {
            DemoPartner p = partners[i];
            for (int w = 0; w < windows; w++) {
                double fraction = activeFraction(p, w);
                if (fraction <= 0) {
                    continue;
                }
                double budget = TIER_BUDGET[p.tier] * rng.logNormal(1, 0.35) * fraction
                        + 0.04 * p.creditedCents[w] / 100.0;
                budgets[i][w] = budget;
                totals[i] += budget;
            }
            double cap = INVESTMENT_CAP_SHARE * credited(p) + INVESTMENT_FLOOR;
            if (!p.diluted && !p.superConnector && totals[i] > cap) {
                for (int w = 0; w < windows; w++) {
                    budgets[i][w] *= cap / totals[i];
                }
                totals[i] = cap;
            }
        }
        // diluted partners: top-quartile support, near-zero outcomes. "Top quartile" is judged among
        // partners with 12 months' tenure (as the analytics do), who have had more time to absorb support
        double[] others = new double[signedCount];
        int k = 0;
        for (int i = 0; i < signedCount; i++) {
            DemoPartner p = partners[i];
            if (!p.diluted && !p.superConnector && p.signedDay <= labelCutoffDay) {
                others[k++] = totals[i];
            }
        }
        others = Arrays.copyOf(others, k);
        Arrays.sort(others);
        double high = others.length == 0 ? 100_000 : others[(int) Math.min(others.length - 1, StrictMath.floor(0.9 * others.length))];
        for (int i : diluted) {
            spread(budgets[i], partners[i], high * rng.uniform(1.15, 1.7));
        }
        // super-connectors: heavy support that their own deals do not repay; their referees' do
        Rng connectors = Rng.stream(seed, "connector-investments");
        for (int i : superConnectors) {
            DemoPartner p = partners[i];
            double total = Math.max(1.2 * high, credited(p) * connectors.uniform(CONNECTOR_INVESTMENT[0], CONNECTOR_INVESTMENT[1]));
            spread(budgets[i], p, total);
            connectorInvestment.put(i, total);
        }
        List<long[]> rows = new ArrayList<>();
        for (int i = 0; i < signedCount; i++) {
            DemoPartner p = partners[i];
            for (int w = 0; w < windows; w++) {
                double budget = budgets[i][w];
                if (budget < 200) {
                    continue;
                }
                int from = Math.max(windowStart[w] + 1, p.signedDay);
                int to = Math.min(windowEnd[w], p.lastActiveDay(snapshotDay));
                if (to < from) {
                    continue;
                }
                for (int kind = 0; kind < KIND_SHARE.length; kind++) {
                    double amount = budget * KIND_SHARE[kind] * rng.uniform(0.7, 1.3);
                    if (amount < 100) {
                        continue;
                    }
                    int pieces = 1 + (amount > 20_000 ? 1 : 0) + (amount > 60_000 ? 1 : 0);
                    for (int piece = 0; piece < pieces; piece++) {
                        long cents = StrictMath.round(amount / pieces * rng.uniform(0.8, 1.2) * 100);
                        long hoursTenths = kind == 3 ? StrictMath.round(cents / 100.0 / rng.uniform(85, 120) * 10) : -1;
                        rows.add(new long[]{rng.between(from, to), i, kind, cents, hoursTenths});
                    }
                }
            }
        }
        rows.sort(Comparator.<long[]>comparingLong(r -> r[0]).thenComparingLong(r -> r[1]).thenComparingLong(r -> r[2])
                .thenComparingLong(r -> r[3]));
        for (long[] r : rows) {
            investmentDay.add((int) r[0]);
            investmentPartner.add((int) r[1]);
            investmentKind.add((int) r[2]);
            investmentAmountAndHours.add(new long[]{r[3], r[4]});
        }
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

    /** Spreads a total over the windows in proportion to the partner's active time in each. */
    private void spread(double[] budget, DemoPartner p, double total) {
        double activeWindows = 0;
        for (int w = 0; w < windows; w++) {
            activeWindows += activeFraction(p, w);
        }
        for (int w = 0; w < windows; w++) {
            budget[w] = activeWindows <= 0 ? 0 : total * activeFraction(p, w) / activeWindows;
        }
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
