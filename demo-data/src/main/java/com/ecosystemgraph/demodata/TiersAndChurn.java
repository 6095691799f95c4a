package com.ecosystemgraph.demodata;

import com.ecosystemgraph.demodata.Vocabulary.PartnerType;
import java.util.Arrays;
import java.util.Comparator;

/** Builder stages that assign the stale legacy tiers and choose the churned partners. */
final class TiersAndChurn {

    private final EcosystemBuilder b;

    TiersAndChurn(EcosystemBuilder builder) {
        this.b = builder;
    }

    /** How strongly the legacy assigned tier follows the success draw (the rest is staleness). */
    static final double TIER_SIGNAL = 0.55;

    void assignTiers() {
        Rng rng = Rng.stream(b.seed, "tiers");
        double[] latent = new double[b.signedCount];
        Integer[] order = new Integer[b.signedCount];
        for (int i = 0; i < b.signedCount; i++) {
            DemoPartner p = b.partners[i];
            latent[i] = TIER_SIGNAL * (p.successful ? 1 : 0) + rng.gaussian()
                    + (p.type == PartnerType.STRATEGIC ? 0.6 : 0) + (p.hyperscaler ? 10 : 0);
            order[i] = i;
        }
        Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> -latent[i]).thenComparingInt(i -> i));
        for (int rank = 0; rank < b.signedCount; rank++) {
            double q = rank / (double) b.signedCount;
            b.partners[order[rank]].tier = q < 0.08 ? 3 : q < 0.25 ? 2 : q < 0.55 ? 1 : 0;
        }
    }

    void chooseChurnedPartners() {
        Rng rng = Rng.stream(b.seed, "churned-partners");
        int wanted = (int) StrictMath.round(0.04 * b.signedCount);
        int chosen = 0;
        for (int tries = 0; tries < 50 * wanted && chosen < wanted; tries++) {
            DemoPartner p = b.partners[rng.nextInt(b.signedCount)];
            if (p.successful || p.hyperscaler || p.superConnector || p.churnDay != EcosystemBuilder.NONE || p.referralsMade > 0
                    || p.signedDay > b.snapshotDay - 2 * 365) {
                continue;
            }
            p.churned = true;
            p.churnDay = rng.between(b.snapshotDay - 2 * 365 + 30, b.labelCutoffDay - 10);
            chosen++;
        }
    }
}
