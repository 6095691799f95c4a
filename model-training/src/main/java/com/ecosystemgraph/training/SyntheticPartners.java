package com.ecosystemgraph.training;

import com.ecosystemgraph.scoring.features.FeatureExtractor;
import com.ecosystemgraph.scoring.features.PartnerFeatures;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Seeded synthetic feature rows with a known success probability, for benchmarks and fast tests
 * that need thousands of partners without a graph. The success function is a nonlinear logistic
 * of the profile (certified staff, integration depth, customer overlap, fit, referrer, size);
 * signed partners' portal logins follow their success (a trace of it after signing), prospects (not
 * in the portal yet) mostly have none: the situation the two models must handle.
 */
public final class SyntheticPartners {

    /** Rows, labels for the signed partners, and the true probabilities of partners and prospects. */
    public record Data(List<PartnerFeatures> rows, Map<String, LabelledPartner> labels, Map<String, Double> truth) {
    }

    private SyntheticPartners() {
    }

    /** {@code partners} labelled signed partners plus {@code prospects} unlabelled prospects. */
    public static Data generate(int partners, int prospects, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        List<PartnerFeatures> rows = new ArrayList<>();
        Map<String, LabelledPartner> labels = new HashMap<>();
        Map<String, Double> truth = new HashMap<>();
        String[] regions = {"north_america", "emea", "apac", "latam"};
        double[] regionShare = {0.45, 0.30, 0.17, 0.08};
        for (int i = 0; i < partners + prospects; i++) {
            boolean prospect = i >= partners;
            String id = String.format("%s%06d", prospect ? "Q" : "P", i);
            String type = FeatureExtractor.TYPES.get(rng.nextInt(5));
            int region = rng.nextDouble() < 0.75 ? rng.nextInt(2) : 2 + rng.nextInt(2);
            long employees = Math.round(Math.pow(10, 1 + rng.nextDouble() * 3));
            long certified = rng.nextDouble() < 0.3 ? 0 : Math.round(Math.exp(rng.nextDouble() * 3)) - 1;
            long depth = rng.nextDouble() < 0.5 ? 0 : 1 + rng.nextInt(3);
            long served = Math.round(Math.exp(rng.nextDouble() * 3.5)) - 1;
            long enterprise = Math.min(served, rng.nextInt(6));
            double strongShare = rng.nextInt(3) / 2.0;
            boolean byPartner = rng.nextDouble() < 0.3;
            long referrerTier = byPartner ? rng.nextInt(5) : 0;
            double latent = rng.nextDouble() * 2 - 1;
            double z = -2.6 + (type.equals("strategic") ? 0.8 : type.equals("reseller") ? 0.5 : type.equals("services") ? -0.5 : 0)
                    + 0.8 * Math.log1p(certified) + 0.4 * Math.log1p(certified) * Math.max(0, depth - 1)
                    + (served >= 15 ? 1.0 : 0) + (enterprise >= 4 ? 0.5 : 0) + 1.2 * strongShare + (region < 2 ? 0.4 : 0)
                    + (referrerTier >= 3 ? 0.9 : 0) - 0.45 * Math.min(Math.pow(Math.log10(employees) - 2.4, 2), 3)
                    + 0.4 * rng.nextGaussian();
            double probability = 1 / (1 + Math.exp(-z));
            // A signed partner's success shows in the portal: successful partners log in more (the partner model can read it).
            boolean positive = !prospect && rng.nextDouble() < probability;
            long logins = Math.max(0, Math.round(16 + 12 * (positive ? 1 : 0) + 10 * latent + 5 * rng.nextGaussian()));
            long trainings = rng.nextInt(10);
            long downloads = rng.nextInt(30);
            int referralsMade = rng.nextInt(3);
            if (prospect) {
                // not in the partner portal yet: most never logged in, none trained, a few public downloads
                logins = rng.nextDouble() < 0.85 ? 0 : 1 + rng.nextInt(4);
                trainings = 0;
                downloads = rng.nextInt(6);
            }
            rows.add(new PartnerFeatures(id, "Partner " + i, prospect ? "prospect" : "active", type, regions[region],
                    List.of("technology"), employees, certified, logins, trainings, downloads,
                    depth == 0 ? 0 : 1 + rng.nextInt(2), depth, depth * rng.nextInt(5), served, enterprise,
                    served / 3, served - served / 3 - enterprise < 0 ? 0 : served - served / 3 - enterprise,
                    0.1 + 0.1 * strongShare, strongShare, strongShare > 0 ? List.of("technology") : List.of(),
                    regionShare[region], region < 2, 0.15 + 0.1 * rng.nextDouble(), referralsMade,
                    prospect ? referralsMade : 0,
                    byPartner ? 1 : 0, 0, byPartner ? "R" + i : null, byPartner ? "Referrer " + i : null, byPartner ? "partner" : null,
                    byPartner ? "active" : null, referrerTier, byPartner ? rng.nextInt(8) : 0));
            if (!prospect) {
                int tier = Math.max(0, Math.min(4, (int) Math.round(1.5 + (positive ? 1 : 0) + rng.nextGaussian())));
                labels.put(id, new LabelledPartner(id, new String[]{null, "registered", "silver", "gold", "platinum"}[tier],
                        logins + rng.nextInt(40), positive ? 150_000 : 20_000, positive));
            }
            truth.put(id, probability);
        }
        return new Data(rows, labels, truth);
    }
}
