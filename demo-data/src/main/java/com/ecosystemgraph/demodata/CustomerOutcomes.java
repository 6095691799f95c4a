package com.ecosystemgraph.demodata;

import java.util.Arrays;

/**
 * Builder stages that run after the deals: customer retention and NPS, and the dates of customer referrals (which
 * follow the referred customer's first deal).
 */
final class CustomerOutcomes {

    private final EcosystemBuilder b;

    CustomerOutcomes(EcosystemBuilder builder) {
        this.b = builder;
    }

    void settleCustomers() {
        Rng rng = Rng.stream(b.seed, "customer-retention");
        double[] base = {0.20, 0.12, 0.07};
        int[] comboCount = new int[b.combos.size()];
        for (DemoCustomer c : b.customers) {
            if (c.combo >= 0) {
                comboCount[c.combo]++;
            }
        }
        // joint users of a planted combination churn at most 2 % (rounded down)
        int[] comboChurn = new int[b.combos.size()];
        for (int k = 0; k < b.combos.size(); k++) {
            comboChurn[k] = (int) StrictMath.floor(0.02 * comboCount[k]);
        }
        int[] comboSeen = new int[b.combos.size()];
        for (DemoCustomer c : b.customers) {
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
    void datePendingReferrals() {
        Rng rng = Rng.stream(b.seed, "referral-dates");
        int[] firstDeal = new int[b.customers.length];
        Arrays.fill(firstDeal, Integer.MAX_VALUE);
        for (int d = 0; d < b.deals.size; d++) {
            int c = b.deals.customer[d];
            firstDeal[c] = Math.min(firstDeal[c], b.deals.created[d]);
        }
        for (int k = 0; k < b.referralTo.size(); k++) {
            if (b.referralDay.get(k) != EcosystemBuilder.NONE) {
                continue;
            }
            int c = -b.referralTo.get(k) - 1;
            int from = b.referralFrom.get(k);
            int earliest = from >= 0 ? b.partners[from].signedDay + 1 : b.historyStartDay - 365;
            int day = firstDeal[c] != Integer.MAX_VALUE
                    ? firstDeal[c] - rng.between(7, 60)
                    : rng.between(b.historyStartDay, b.snapshotDay - 30);
            if (day < earliest) {
                day = Math.min(b.snapshotDay - 1, earliest + rng.between(0, 30));
            }
            b.referralDay.set(k, Math.min(day, b.snapshotDay));
        }
    }
}
