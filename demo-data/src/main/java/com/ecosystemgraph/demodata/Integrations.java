package com.ecosystemgraph.demodata;

import com.ecosystemgraph.demodata.Vocabulary.PartnerType;

/**
 * Builder stages for the integrations: the partners' integrations (depth, launch, name) and which customers use
 * them, including the planted integration combinations whose joint users retain better.
 */
final class Integrations {

    private final EcosystemBuilder b;

    Integrations(EcosystemBuilder builder) {
        this.b = builder;
    }

    // ---------------------------------------------------------------- integrations

    private static final double[] INTEGRATION_SHARE = {0.03, 0.85, 0.12, 0.55, 0.15};
    private static final String[] DEPTH_NAME = {"", "Data Sync", "Workflow Automation", "Unified App"};

    void createIntegrations() {
        Rng rng = Rng.stream(b.seed, "integrations");
        for (DemoPartner p : b.partners) {
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
                int from = p.prospect ? b.snapshotDay - 4 * 365 : Math.max(p.signedDay - 365, b.historyStartDay - 3 * 365);
                int launch = rng.between(Math.min(from, b.snapshotDay - 60), b.snapshotDay - 30);
                b.integrationPartner.add(p.index);
                b.integrationDepth.add(depth);
                b.integrationLaunch.add(launch);
                String name = p.name + " " + DEPTH_NAME[depth] + (usedDepth[depth] ? " " + (k + 1) : "");
                usedDepth[depth] = true;
                b.integrationNames.add(name);
                p.integrationCount++;
                p.maxDepth = Math.max(p.maxDepth, depth);
            }
        }
    }

    // ---------------------------------------------------------------- integration usage

    private static final double[] USERS_MEDIAN = {0, 8, 16, 30};

    void createIntegrationUsage() {
        Rng rng = Rng.stream(b.seed, "integration-usage");
        int n = b.customers.length;
        IntList[] usedBy = new IntList[n];
        int integrations = b.integrationPartner.size();
        for (int i = 0; i < integrations; i++) {
            DemoPartner p = b.partners[b.integrationPartner.get(i)];
            int depth = b.integrationDepth.get(i);
            int users = (int) StrictMath.floor(rng.logNormal(USERS_MEDIAN[depth] * (p.prospect ? 0.4 : 1.0), 0.6));
            users = Math.min(users, n / 5);
            int tries = 0;
            int added = 0;
            while (added < users && tries++ < 20 * users + 20) {
                int c = p.served.length > 0 && rng.chance(0.6)
                        ? p.served[rng.nextInt(p.served.length)]
                        : b.pickCustomerForDeal(rng);
                if (addUsage(usedBy, c, i, rng)) {
                    added++;
                }
            }
        }
        plantIntegrationCombos(usedBy, rng);
        for (int k = 0; k < b.usageCustomer.size(); k++) {
            if (b.integrationDepth.get(b.usageIntegration.get(k)) == 3) {
                b.customers[b.usageCustomer.get(k)].usesDeepIntegration = true;
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
        b.usageCustomer.add(c);
        b.usageIntegration.add(integration);
        b.usageSince.add(rng.between(Math.max(b.integrationLaunch.get(integration), b.snapshotDay - 4 * 365), b.snapshotDay - 7));
        return true;
    }

    /** A couple of integration pairs whose joint users retain clearly better (see settleCustomers). */
    private void plantIntegrationCombos(IntList[] usedBy, Rng rng) {
        int wanted = Math.max(1, (int) StrictMath.round(2 * b.scale));
        IntList deep = new IntList();
        IntList workflow = new IntList();
        for (int i = 0; i < b.integrationPartner.size(); i++) {
            DemoPartner p = b.partners[b.integrationPartner.get(i)];
            if (p.prospect || p.hyperscaler) {
                continue;
            }
            if (b.integrationDepth.get(i) == 3 && p.type == PartnerType.TECHNOLOGY) {
                deep.add(i);
            } else if (b.integrationDepth.get(i) >= 2) {
                workflow.add(i);
            }
        }
        int[] deepOrder = deep.toArray();
        int[] workflowOrder = workflow.toArray();
        rng.shuffle(deepOrder);
        rng.shuffle(workflowOrder);
        boolean[] usedIntegration = new boolean[b.integrationPartner.size()];
        int w = 0;
        for (int k = 0; k < deepOrder.length && b.combos.size() < wanted; k++) {
            int x = deepOrder[k];
            int y = -1;
            while (w < workflowOrder.length) {
                int candidate = workflowOrder[w++];
                if (!usedIntegration[candidate]
                        && b.integrationPartner.get(candidate) != b.integrationPartner.get(x)) {
                    y = candidate;
                    break;
                }
            }
            if (y < 0) {
                break;
            }
            usedIntegration[x] = true;
            usedIntegration[y] = true;
            int members = joinUsers(usedBy, x, y, b.combos.size(), rng);
            b.combos.add(new int[]{x, y, members});
        }
    }

    /**
     * Makes 36-50 customers joint users of integrations x and y (combination {@code comboIndex}) and returns how many:
     * existing users of exactly one side get the other, so joint use grows out of single use.
     */
    private int joinUsers(IntList[] usedBy, int x, int y, int comboIndex, Rng rng) {
        int target = rng.between(36, 50);
        int members = 0;
        int tries = 0;
        while (members < target && tries++ < 40 * target) {
            int c = b.pickCustomerForDeal(rng);
            DemoCustomer customer = b.customers[c];
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
        return members;
    }
}
