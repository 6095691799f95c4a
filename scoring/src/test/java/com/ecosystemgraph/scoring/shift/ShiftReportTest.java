package com.ecosystemgraph.scoring.shift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.ecosystemgraph.scoring.features.PartnerFeatures;
import com.ecosystemgraph.scoring.features.PartnerFeaturesFixtures;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ShiftReportTest {

    @Test
    void aFewDistinctValuesGetABinEachManyGetDeciles() {
        FeatureBins binary = FeatureBins.of(new double[]{0, 1, 1, 0, 1});
        assertThat(binary.cuts()).containsExactly(0.5);
        assertThat(binary.counts()).containsExactly(2, 3);

        double[] many = new double[1000];
        for (int i = 0; i < many.length; i++) {
            many[i] = i;
        }
        FeatureBins deciles = FeatureBins.of(many);
        assertThat(deciles.cuts()).hasSize(9).first().isEqualTo(99.0);
        assertThat(deciles.counts()).allSatisfy(n -> assertThat(n).isEqualTo(100));
        assertThat(deciles.binOf(99)).isZero();
        assertThat(deciles.binOf(99.5)).isEqualTo(1);
        assertThat(deciles.binOf(1e9)).isEqualTo(9);
    }

    @Test
    void psiIsTheSmoothedSumOverTheBins() {
        // training 60 / 40, prospects 20 / 80; half a count of smoothing per bin
        double e0 = 60.5 / 101, e1 = 40.5 / 101, a0 = 20.5 / 101, a1 = 80.5 / 101;
        double expected = (a0 - e0) * Math.log(a0 / e0) + (a1 - e1) * Math.log(a1 / e1);
        assertThat(ShiftReport.psi(List.of(60, 40), List.of(20, 80))).isCloseTo(expected, within(1e-12));
        assertThat(ShiftReport.psi(List.of(60, 40), List.of(60, 40))).isCloseTo(0, within(1e-12));
        // an empty bin among the prospects gives a large, finite term
        assertThat(ShiftReport.psi(List.of(50, 50), List.of(100, 0))).isGreaterThan(1).isFinite();
    }

    @Test
    void prospectsLikeTheTrainingPartnersDoNotShiftOnesUnlikeThemDo() {
        Random rng = new Random(5);
        List<PartnerFeatures> training = new ArrayList<>();
        List<PartnerFeatures> alike = new ArrayList<>();
        List<PartnerFeatures> unlike = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            training.add(withCertified("P" + i, "active", 1 + rng.nextInt(30)));
        }
        for (int i = 0; i < 200; i++) {
            alike.add(withCertified("Q" + i, "prospect", 1 + rng.nextInt(30)));
            unlike.add(withCertified("Q" + i, "prospect", 200 + rng.nextInt(30)));
        }
        Map<String, FeatureBins> reference = ShiftReport.reference(training);
        Set<String> used = Set.of("certifiedStaff.log1p", "employees.log10");

        ShiftReport same = ShiftReport.compute(reference, alike, used);
        ShiftReport shifted = ShiftReport.compute(reference, unlike, used);

        assertThat(psiOf(same, "certifiedStaff.log1p")).isLessThan(0.1);
        assertThat(same.lowConfidence()).isFalse();
        assertThat(same.lowConfidenceNote()).isNull();
        assertThat(psiOf(shifted, "certifiedStaff.log1p")).isGreaterThan(ShiftReport.FLAG_ABOVE);
        assertThat(shifted.lowConfidence()).isTrue();
        assertThat(shifted.lowConfidenceNote())
                .startsWith("Low confidence: prospects differ from the partners this model learned from in certifiedStaff.log1p (PSI ");
        assertThat(shifted.trainingPartners()).isEqualTo(600);
        assertThat(shifted.prospects()).isEqualTo(200);
    }

    @Test
    void constantOrEmptyFeaturesAreNotComputableNeverNaN() {
        List<PartnerFeatures> training = Collections.nCopies(50, PartnerFeaturesFixtures.strongReseller());
        List<PartnerFeatures> prospects = Collections.nCopies(30, PartnerFeaturesFixtures.emptyProspect());
        Map<String, FeatureBins> reference = ShiftReport.reference(training);

        ShiftReport constant = ShiftReport.compute(reference, prospects, Set.of("certifiedStaff.log1p"));
        assertThat(constant.features()).allSatisfy(f -> {
            assertThat(f.psi()).isNull();
            assertThat(f.computable()).isFalse();
            assertThat(f.note()).isEqualTo("not computable: the same value for every training partner");
            assertThat(f.flagged()).isFalse();
        });
        assertThat(constant.lowConfidence()).isFalse();

        ShiftReport none = ShiftReport.compute(Map.of(), prospects, Set.of());
        assertThat(none.features()).allSatisfy(f -> assertThat(f.note()).isEqualTo("not computable: no training partners"));

        Random rng = new Random(1);
        List<PartnerFeatures> varied = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            varied.add(withCertified("P" + i, "active", rng.nextInt(40)));
        }
        ShiftReport noProspects = ShiftReport.compute(ShiftReport.reference(varied), List.of(), Set.of());
        assertThat(noProspects.features()).filteredOn(f -> f.feature().equals("certifiedStaff.log1p"))
                .singleElement().satisfies(f -> assertThat(f.note()).isEqualTo("not computable: no prospects"));
        ShiftReport few = ShiftReport.compute(ShiftReport.reference(varied), prospects.subList(0, 5), Set.of());
        assertThat(few.features()).filteredOn(f -> f.feature().equals("certifiedStaff.log1p"))
                .singleElement().satisfies(f -> assertThat(f.note()).isEqualTo("not computable: 5 prospects, at least 20 are needed"));
        assertThat(few.features()).allSatisfy(f -> assertThat(f.psi() == null || Double.isFinite(f.psi())).isTrue());
    }

    private static double psiOf(ShiftReport report, String feature) {
        return report.features().stream().filter(f -> f.feature().equals(feature)).findFirst().orElseThrow().psi();
    }

    private static PartnerFeatures withCertified(String id, String status, long certified) {
        PartnerFeatures r = PartnerFeaturesFixtures.strongReseller();
        return new PartnerFeatures(id, r.name(), status, r.type(), r.region(), r.industries(), r.employees(), certified,
                r.portalLogins90d(), r.trainingsCompleted(), r.contentDownloads90d(), r.integrations(), r.maxIntegrationDepth(),
                r.integrationCustomers(), r.servedCustomers(), r.servedEnterprise(), r.servedMidMarket(), r.servedSmb(),
                r.industryShare(), r.strongIndustryShare(), r.strongIndustries(), r.regionShare(), r.strongRegion(), r.pageRank(),
                r.referralsMade(), r.referralsMadeBeforeSigning(), r.partnerReferrers(), r.customerReferrers(), r.referrerId(),
                r.referrerName(), r.referrerKind(), r.referrerStatus(), r.referrerTierRank(), r.referrerReferrals());
    }
}
