package com.ecosystemgraph.demodata;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The ratios of {@code planted-effects.json} that the generator aims at and the values realised in this ecosystem:
 * the program drivers (certification, integration depth) and the partner-versus-direct effects by customer segment.
 */
final class PlantedRatios {

    private final EcosystemBuilder b;

    PlantedRatios(EcosystemBuilder builder) {
        this.b = builder;
    }

    /**
     * The program drivers planted (domain figures of seed 003), with their definitions and the
     * ratios realised in this ecosystem: performanceDrivers' raw ratios must come back within 10 %.
     */
    Map<String, Object> drivers() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("certification", certification());
        m.put("integrationDepth", integrationDepth());
        m.put("note", "planted as raw ratios (what the sources quote); the like-for-like (adjusted) ratios are not planted: "
                + "certification and depth go with partner type and size, so they differ");
        return m;
    }

    /** Certified against non-certified partners' partner-driven won revenue per partner. */
    private Map<String, Object> certification() {
        double certified = 0;
        double other = 0;
        int certifiedCount = 0;
        int otherCount = 0;
        for (int i = 0; i < b.signedCount; i++) {
            DemoPartner p = b.partners[i];
            if (p.certified()) {
                certified += EcosystemBuilder.credited(p);
                certifiedCount++;
            } else {
                other += EcosystemBuilder.credited(p);
                otherCount++;
            }
        }
        Map<String, Object> certification = new LinkedHashMap<>();
        certification.put("lever", "CERTIFICATION");
        certification.put("definition", "mean over signed partners (active and churned) of partner-driven won revenue (sourced or co_sold, "
                + "full amount) over the whole history: certified_staff 1 or more against 0");
        certification.put("outcome", "REVENUE");
        certification.put("group", "1+");
        certification.put("reference", "0");
        certification.put("planted", DealGenerator.TARGET_CERTIFIED_REVENUE_RATIO);
        certification.put("realised", PlantedEffects.round(certified / Math.max(1, certifiedCount) / (other / Math.max(1, otherCount))));
        certification.put("partners", List.of(certifiedCount, otherCount));
        return certification;
    }

    /** Co-sold rows per partner by the deepest integration it built. */
    private Map<String, Object> integrationDepth() {
        long[] coSold = new long[b.partners.length];
        DealStore deals = b.deals;
        for (int r = 0; r < deals.rows; r++) {
            if (deals.rowRole[r] == DealStore.CO_SELLER) {
                coSold[deals.rowPartner[r]]++;
            }
        }
        long[] total = new long[4];
        int[] builders = new int[4];
        for (int i = 0; i < b.signedCount; i++) {
            DemoPartner p = b.partners[i];
            total[p.maxDepth] += coSold[i];
            builders[p.maxDepth]++;
        }
        Map<String, Object> depth = new LinkedHashMap<>();
        depth.put("lever", "INTEGRATION_DEPTH");
        depth.put("definition", "co_sold deal_partners rows (all outcomes, whole history) per signed partner, by the deepest "
                + "integration it built: level 3 against level 1");
        depth.put("outcome", "CO_SOLD_DEALS");
        depth.put("group", "3");
        depth.put("reference", "1");
        depth.put("planted", DealGenerator.TARGET_LEVEL3_VS_LEVEL1_CO_SOLD);
        double level1 = total[1] / (double) Math.max(1, builders[1]);
        depth.put("realised", level1 > 0 ? PlantedEffects.round(total[3] / (double) Math.max(1, builders[3]) / level1) : null);
        List<Object> perDepth = new ArrayList<>();
        for (int d = 0; d < 4; d++) {
            perDepth.add(PlantedEffects.ordered("depth", d, "partners", builders[d], "coSoldPerPartner",
                    builders[d] == 0 ? BigDecimal.ZERO : PlantedEffects.round(total[d] / (double) builders[d])));
        }
        depth.put("byDepth", perDepth);
        return depth;
    }

    /** Partner-versus-direct effects as planted: which are like for like (within customer segments) and which raw. */
    Map<String, Object> likeForLike() {
        DealStore deals = b.deals;
        int segments = Vocabulary.SEGMENTS.length;
        double[] coSold = new double[segments];
        double[] direct = new double[segments];
        long[] coSoldWon = new long[segments];
        long[] directWon = new long[segments];
        for (int d = 0; d < deals.size; d++) {
            if (deals.outcome[d] != DealStore.WON) {
                continue;
            }
            int g = b.customers[deals.customer[d]].segment;
            if (deals.source[d] == DealStore.CO_SOLD) {
                coSold[g] += deals.amountCents[d];
                coSoldWon[g]++;
            } else if (deals.source[d] == DealStore.DIRECT) {
                direct[g] += deals.amountCents[d];
                directWon[g]++;
            }
        }
        List<Object> bySegment = new ArrayList<>();
        for (int g = 0; g < segments; g++) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("segment", Vocabulary.SEGMENTS[g]);
            row.put("coSoldWon", coSoldWon[g]);
            row.put("directWon", directWon[g]);
            row.put("dealSizeRatio", coSoldWon[g] > 0 && directWon[g] > 0
                    ? PlantedEffects.round((coSold[g] / coSoldWon[g]) / (direct[g] / directWon[g]))
                    : null);
            bySegment.add(row);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("partnerSourcedWinRate", PlantedEffects.ordered("planted", DealGenerator.TARGET_SOURCED_VS_DIRECT_WIN_RATE, "reading",
                "raw, and like for like: which closed direct deals win is drawn at random, so no customer mix confounds it"));
        m.put("coSoldDealSize", PlantedEffects.ordered("planted", DealGenerator.TARGET_CO_SOLD_VS_DIRECT_AMOUNT, "reading",
                "like for like: within each customer segment won co_sold deals average 1.4x won direct deals; the raw ratio "
                        + "differs because direct deals concentrate in enterprise accounts",
                "bySegment", bySegment));
        m.put("coSoldSpeed", PlantedEffects.ordered("planted", DealGenerator.TARGET_CO_SOLD_SPEED, "reading",
                "raw medians, and like for like: cycle lengths do not depend on the customer"));
        return m;
    }
}
