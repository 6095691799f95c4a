package com.ecosystemgraph.demodata;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes {@code planted-effects.json}: what the generator planted (ids and sizes) and the figures it
 * aimed at, so that tests and analytics checks can verify that the effects come back out.
 * Insertion-ordered maps keep the file byte-identical between runs.
 */
final class PlantedEffects {

    static final String FORMAT = "ecosystem-graph-demo-planted/1";

    private final EcosystemBuilder b;

    PlantedEffects(EcosystemBuilder builder) {
        this.b = builder;
    }

    Path write(Path planted) throws IOException {
        Path file = planted.resolve("planted-effects.json");
        JsonMapper mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
        try (OutputStream out = Files.newOutputStream(file)) {
            mapper.writeValue(out, content());
        }
        return file;
    }

    Map<String, Object> content() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("format", FORMAT);
        root.put("options", options());
        root.put("targets", targets());
        root.put("label", label());
        root.put("successFunction", successFunction());
        PlantedRatios ratios = new PlantedRatios(b);
        root.put("drivers", ratios.drivers());
        root.put("likeForLike", ratios.likeForLike());
        root.put("synergisticPairs", pairs());
        root.put("synergisticTriples", triples());
        root.put("integrationCombinations", combos());
        root.put("superConnectors", superConnectors());
        root.put("referralChains", chains());
        root.put("dilutedPartners", ids(b.diluted));
        root.put("dilution", dilution());
        root.put("supernodes", supernodes());
        root.put("plantedConflictCustomers", customerIds(b.plantedConflictCustomers));
        root.put("churnedPartners", churned());
        root.put("tierMismatch", tierMismatch());
        root.put("labelNoise", labelNoise());
        root.put("calibration", calibration());
        return root;
    }

    private Map<String, Object> options() {
        DemoOptions o = b.options;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("seed", o.seed());
        m.put("scale", o.scale());
        m.put("partners", o.partnerCount());
        m.put("prospects", o.prospectCount());
        m.put("customers", o.customerCount());
        m.put("deals", o.dealCount());
        m.put("years", o.years());
        m.put("snapshotDate", o.snapshotDate().toString());
        m.put("historyStart", o.historyStart().toString());
        m.put("trailing12MonthsFrom", CsvOutput.date(b.windowStart[b.windows - 1] + 1));
        return m;
    }

    private static Map<String, Object> targets() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("certifiedVsNonCertifiedRevenuePerPartner", DealGenerator.TARGET_CERTIFIED_REVENUE_RATIO);
        m.put("partnerSourcedVsDirectWinRate", DealGenerator.TARGET_SOURCED_VS_DIRECT_WIN_RATE);
        m.put("coSoldVsDirectAverageWonAmount", DealGenerator.TARGET_CO_SOLD_VS_DIRECT_AMOUNT);
        m.put("directVsCoSoldMedianDaysToClose", DealGenerator.TARGET_CO_SOLD_SPEED);
        m.put("level3VsLevel1CoSoldDealsPerBuilder", DealGenerator.TARGET_LEVEL3_VS_LEVEL1_CO_SOLD);
        m.put("partnerDrivenShareOfWonRevenue", DealGenerator.TARGET_PARTNER_REVENUE_SHARE);
        m.put("partnersBelowReturnThresholdShare", DealGenerator.TARGET_BELOW_RETURN_SHARE);
        m.put("hourlyReturnThreshold", DealGenerator.RETURN_THRESHOLD);
        m.put("synergisticPairWinRate", DealGenerator.PAIR_WIN_RATE);
        m.put("synergisticPairMembersApartWinRate", DealGenerator.PAIR_APART_WIN_RATE);
        m.put("conflictCustomerShare", 0.04);
        m.put("conflictWindowDays", DealGenerator.CONFLICT_WINDOW_DAYS);
        m.put("labelThreshold", 100_000);
        m.put("oracleAuc", List.of(0.85, 0.92));
        m.put("engagementAuc", List.of(0.55, 0.65));
        m.put("assignedTierAuc", List.of(0.60, 0.68));
        m.put("positiveBaseRate", List.of(0.20, 0.35));
        return m;
    }

    private Map<String, Object> label() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("definition", "signed partner (status active) with signed_on <= snapshot - 12 months is positive iff its "
                + "sourced + co_sold won revenue (full deal amount per credited partner, by closed_on) in the trailing "
                + "12 months is >= 100000");
        int labelled = 0;
        int positive = 0;
        for (int i = 0; i < b.signedCount; i++) {
            DemoPartner p = b.partners[i];
            if (b.labelled(p)) {
                labelled++;
                positive += p.creditedCents[b.windows - 1] >= EcosystemBuilder.LABEL_THRESHOLD_CENTS ? 1 : 0;
            }
        }
        m.put("labelledPartners", labelled);
        m.put("positivePartners", positive);
        m.put("baseRate", round(positive / (double) Math.max(1, labelled)));
        return m;
    }

    private static Map<String, Object> successFunction() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("form", "p = sigmoid(logit); see docs/demo-data.md and SuccessModel");
        m.put("coefficients", SuccessModel.coefficients());
        List<String> strong = new ArrayList<>();
        for (int i = 0; i < Vocabulary.INDUSTRIES.length; i++) {
            if (Vocabulary.STRONG_INDUSTRY[i]) {
                strong.add(Vocabulary.INDUSTRIES[i]);
            }
        }
        m.put("strongIndustries", strong);
        List<String> regions = new ArrayList<>();
        for (int i = 0; i < Vocabulary.REGIONS.length; i++) {
            if (Vocabulary.STRONG_REGION[i]) {
                regions.add(Vocabulary.REGIONS[i]);
            }
        }
        m.put("strongRegions", regions);
        return m;
    }

    private List<Object> pairs() {
        List<Object> list = new ArrayList<>();
        DealStore deals = b.deals;
        int[] closedDeals = new int[b.pairs.size()];
        int[] wonDeals = new int[b.pairs.size()];
        for (int d = 0; d < deals.size; d++) {
            if (deals.pair[d] >= 0 && deals.outcome[d] != DealStore.OPEN) {
                closedDeals[deals.pair[d]]++;
                wonDeals[deals.pair[d]] += deals.outcome[d] == DealStore.WON ? 1 : 0;
            }
        }
        for (int k = 0; k < b.pairs.size(); k++) {
            int[] pair = b.pairs.get(k);
            int won = wonDeals[k];
            int closed = closedDeals[k];
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("partners", List.of(b.partners[pair[0]].id, b.partners[pair[1]].id));
            m.put("types", List.of(b.partners[pair[0]].type.csv, b.partners[pair[1]].type.csv));
            m.put("jointDeals", pair[2]);
            m.put("jointClosedDeals", closed);
            m.put("jointWonDeals", won);
            m.put("jointWinRate", round(won / (double) Math.max(1, closed)));
            list.add(m);
        }
        return list;
    }

    private List<Object> triples() {
        List<Object> list = new ArrayList<>();
        for (int[] t : b.triples) {
            Map<String, Object> m = new LinkedHashMap<>();
            List<String> ids = new ArrayList<>();
            List<String> types = new ArrayList<>();
            for (int k = 0; k < 3; k++) {
                ids.add(b.partners[t[k]].id);
                types.add(b.partners[t[k]].type.csv);
            }
            m.put("partners", ids);
            m.put("types", types);
            m.put("jointDeals", t[3]);
            m.put("jointClosedDeals", t[4]);
            m.put("jointWonDeals", t[5]);
            m.put("jointWinRate", round(t[5] / (double) Math.max(1, t[4])));
            list.add(m);
        }
        return list;
    }

    private static Map<String, Object> dilution() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rule", "partners with 12 months' tenure in the top investment quartile whose partner-driven revenue plus referral "
                + "credit (3 hops, decay 0.5) per invested dollar is below the floor");
        m.put("floor", 1.0);
        m.put("ordinaryInvestmentCap", "at most " + Investments.INVESTMENT_CAP_SHARE + " x credited revenue + "
                + (long) Investments.INVESTMENT_FLOOR
                + " over the history (all partners but the diluted ones and the super-connectors)");
        m.put("superConnectorInvestment", "between " + Investments.CONNECTOR_INVESTMENT[0] + " and "
                + Investments.CONNECTOR_INVESTMENT[1]
                + " x their own credited revenue: below the floor on their own deals, far above it with their referees'");
        return m;
    }

    private List<Object> combos() {
        List<Object> list = new ArrayList<>();
        int width = EcosystemBuilder.idWidth(b.integrationPartner.size(), 4);
        int[] jointCustomers = new int[b.combos.size()];
        int[] jointChurned = new int[b.combos.size()];
        for (DemoCustomer c : b.customers) {
            if (c.combo >= 0) {
                jointCustomers[c.combo]++;
                jointChurned[c.combo] += c.churned ? 1 : 0;
            }
        }
        for (int k = 0; k < b.combos.size(); k++) {
            int[] combo = b.combos.get(k);
            int members = jointCustomers[k];
            int churned = jointChurned[k];
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("integrations", List.of("I" + EcosystemBuilder.pad(combo[0] + 1, width),
                    "I" + EcosystemBuilder.pad(combo[1] + 1, width)));
            m.put("jointCustomers", members);
            m.put("jointCustomersChurned", churned);
            list.add(m);
        }
        return list;
    }

    private List<Object> superConnectors() {
        List<Object> list = new ArrayList<>();
        for (int i : b.superConnectors) {
            DemoPartner p = b.partners[i];
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", p.id);
            m.put("type", p.type.csv);
            m.put("directReferrals", p.referralsMade);
            m.put("ownRevenue", round(EcosystemBuilder.credited(p)));
            m.put("investment", round(b.connectorInvestment.getOrDefault(i, 0.0)));
            list.add(m);
        }
        return list;
    }

    private List<Object> chains() {
        List<Object> list = new ArrayList<>();
        for (int[] chain : b.chains) {
            List<String> ids = new ArrayList<>();
            for (int i : chain) {
                ids.add(b.partners[i].id);
            }
            list.add(ids);
        }
        return list;
    }

    private List<Object> supernodes() {
        List<Object> list = new ArrayList<>();
        for (int i = 0; i < b.signedCount; i++) {
            DemoPartner p = b.partners[i];
            if (p.hyperscaler) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("id", p.id);
                m.put("name", p.name);
                m.put("servedCustomers", p.served.length);
                list.add(m);
            }
        }
        return list;
    }

    private List<String> churned() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < b.signedCount; i++) {
            if (b.partners[i].churned) {
                ids.add(b.partners[i].id);
            }
        }
        return ids;
    }

    /** Assigned tier two or more steps away from the tier computed from trailing-12-month revenue. */
    private Map<String, Object> tierMismatch() {
        List<String> over = new ArrayList<>();
        List<String> under = new ArrayList<>();
        for (int i = 0; i < b.signedCount; i++) {
            DemoPartner p = b.partners[i];
            if (!b.labelled(p)) {
                continue;
            }
            long revenue = p.creditedCents[b.windows - 1];
            int performance = revenue >= 500_000_00L ? 3 : revenue >= 100_000_00L ? 2 : revenue >= 25_000_00L ? 1 : 0;
            if (p.tier - performance >= 2) {
                over.add(p.id);
            } else if (performance - p.tier >= 2) {
                under.add(p.id);
            }
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rule", "assigned tier (registered < silver < gold < platinum) two or more steps from the performance tier "
                + "(inactive < silver < gold < platinum) of trailing-12-month sourced + co_sold won revenue; labelled partners");
        m.put("overTiered", over);
        m.put("underTiered", under);
        return m;
    }

    private Map<String, Object> labelNoise() {
        List<String> below = new ArrayList<>();
        List<String> above = new ArrayList<>();
        for (int i = 0; i < b.signedCount; i++) {
            DemoPartner p = b.partners[i];
            if (p.labelNoise < 0) {
                below.add(p.id);
            } else if (p.labelNoise > 0) {
                above.add(p.id);
            }
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("successfulJustBelowThreshold", below);
        m.put("unsuccessfulJustAboveThreshold", above);
        return m;
    }

    private Map<String, Object> calibration() {
        EcosystemBuilder.Calibration c = b.calibration;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("certifiedExcessRevenueMultiplier", round(c.certifiedExcessMultiplier));
        m.put("plannedCertifiedRevenueRatio", round(c.plannedCertifiedRatio));
        m.put("partnerSourcedWinRate", round(c.sourcedWinRate));
        m.put("directWinRate", round(c.directWinRate));
        m.put("directAmountScale", round(c.directAmountScale));
        List<BigDecimal> bySegment = new ArrayList<>();
        for (double v : c.directAmountScaleBySegment) {
            bySegment.add(round(v));
        }
        m.put("directAmountScaleBySegment", bySegment);
        m.put("directCycleFactor", round(c.directCycleFactor));
        m.put("influencedAmountScale", round(c.influencedAmountScale));
        m.put("level3Level1RoleSwaps", c.roleSwaps);
        m.put("plannedBelowReturnShare", round(c.plannedBelowReturnShare));
        return m;
    }

    private List<String> ids(List<Integer> partnerIndexes) {
        List<String> ids = new ArrayList<>();
        for (int i : partnerIndexes) {
            ids.add(b.partners[i].id);
        }
        return ids;
    }

    private List<String> customerIds(List<Integer> customerIndexes) {
        List<String> ids = new ArrayList<>();
        for (int c : customerIndexes) {
            ids.add(b.customers[c].id);
        }
        return ids;
    }

    /**
     * A map that keeps the order written, unlike {@code Map.of}, whose order changes from one JVM to the next:
     * the file must be byte-identical for the same options.
     */
    static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    static BigDecimal round(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return null;
        }
        return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP);
    }
}
