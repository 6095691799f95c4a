package com.ecosystemgraph.demodata;

import com.ecosystemgraph.demodata.Vocabulary.PartnerType;
import java.util.Arrays;

/**
 * Builder stages for the customer accounts: the customers themselves (industry, region, segment, ARR, deal
 * frequency) and, once the partners exist, the account overlap (which partners serve which customers since when).
 */
final class CustomerAccounts {

    private final EcosystemBuilder b;

    CustomerAccounts(EcosystemBuilder builder) {
        this.b = builder;
    }

    // ---------------------------------------------------------------- customers

    void createCustomers() {
        Rng rng = Rng.stream(b.seed, "customers");
        Vocabulary.NameMaker names = new Vocabulary.NameMaker();
        int regions = Vocabulary.REGIONS.length;
        int industries = Vocabulary.INDUSTRIES.length;
        b.customersByRegion = new IntList[regions];
        b.customersByRegionIndustry = new IntList[regions][industries];
        for (int r = 0; r < regions; r++) {
            b.customersByRegion[r] = new IntList();
            for (int i = 0; i < industries; i++) {
                b.customersByRegionIndustry[r][i] = new IntList();
            }
        }
        b.customerDealWeights = new double[b.customers.length];
        double cumulative = 0;
        int width = EcosystemBuilder.idWidth(b.customers.length, 5);
        for (int c = 0; c < b.customers.length; c++) {
            DemoCustomer customer = new DemoCustomer(c);
            customer.id = "C" + EcosystemBuilder.pad(c + 1, width);
            customer.industry = rng.weighted(Vocabulary.INDUSTRY_WEIGHTS);
            customer.region = rng.weighted(Vocabulary.REGION_WEIGHTS);
            customer.segment = rng.weighted(Vocabulary.SEGMENT_WEIGHTS);
            customer.arrCents = EcosystemBuilder.roundTo(rng.logNormal(Vocabulary.SEGMENT_ARR[customer.segment], 0.6), 100) * 100 * 100;
            customer.name = names.customerName(rng);
            b.customers[c] = customer;
            b.customersByRegion[customer.region].add(c);
            b.customersByRegionIndustry[customer.region][customer.industry].add(c);
            cumulative += Vocabulary.SEGMENT_DEAL_FREQUENCY[customer.segment];
            b.customerDealWeights[c] = cumulative;
        }
    }

    // ---------------------------------------------------------------- account overlap

    private static final double[] SERVED_MEDIAN = {4, 10, 22, 80, 12};
    private static final double[][] SEGMENT_ACCEPT = {
            {1.0, 0.8, 0.5}, {0.8, 1.0, 0.9}, {1.0, 0.9, 0.4}, {0.4, 0.8, 1.0}, {0.3, 0.8, 1.0}};
    private static final double[] HYPERSCALER_SEGMENT = {0.85, 1.1, 1.35};

    void createOverlap() {
        Rng rng = Rng.stream(b.seed, "overlap");
        int n = b.customers.length;
        double density = (n / (double) Math.max(1, b.signedCount)) / (2_000 / 300.0);
        density = Math.max(0.3, Math.min(3.0, density));
        int[] stamp = new int[n];
        b.servedSince = new int[b.partners.length][];
        int[] servedCount = new int[n];
        for (DemoPartner p : b.partners) {
            IntList chosen = new IntList(16);
            int mark = p.index + 1;
            int t = p.type.ordinal();
            if (p.hyperscaler) {
                double share = rng.uniform(0.50, 0.62);
                for (int c = 0; c < n; c++) {
                    if (rng.chance(share * HYPERSCALER_SEGMENT[b.customers[c].segment])) {
                        chosen.add(c);
                    }
                }
            } else {
                double sigma = p.type == PartnerType.STRATEGIC ? 0.7 : 0.9;
                int target = (int) StrictMath.floor(rng.logNormal(SERVED_MEDIAN[t] * density, sigma));
                target = Math.min(target, n / 4);
                int tries = 0;
                while (chosen.size() < target && tries++ < 30 * target + 50) {
                    int c = b.pickCustomerNear(rng, p);
                    if (stamp[c] == mark || !rng.chance(SEGMENT_ACCEPT[t][b.customers[c].segment])) {
                        continue;
                    }
                    stamp[c] = mark;
                    chosen.add(c);
                }
            }
            int[] served = chosen.toArray();
            Arrays.sort(served);
            int[] since = new int[served.length];
            int latestStart = p.prospect ? b.snapshotDay - 5 * 365 : Math.min(p.signedDay, b.snapshotDay - 60) - 3 * 365;
            for (int k = 0; k < served.length; k++) {
                since[k] = rng.between(latestStart, b.snapshotDay - 14);
                servedCount[served[k]]++;
                if (b.customers[served[k]].segment == Vocabulary.ENTERPRISE) {
                    p.servedEnterprise++;
                }
            }
            p.served = served;
            b.servedSince[p.index] = since;
        }
        b.serversStart = new int[n + 1];
        for (int c = 0; c < n; c++) {
            b.serversStart[c + 1] = b.serversStart[c] + servedCount[c];
        }
        b.servers = new int[b.serversStart[n]];
        int[] fill = Arrays.copyOf(b.serversStart, n);
        for (DemoPartner p : b.partners) {
            for (int c : p.served) {
                b.servers[fill[c]++] = p.index;
            }
        }
    }
}
