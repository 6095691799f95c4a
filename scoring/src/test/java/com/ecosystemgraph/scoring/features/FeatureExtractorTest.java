package com.ecosystemgraph.scoring.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tribuo.Example;
import org.tribuo.Feature;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;

class FeatureExtractorTest {

    private final FeatureExtractor extractor = new FeatureExtractor(FeatureExtractor.FeatureSet.PARTNER);
    private final FeatureExtractor prospectExtractor = new FeatureExtractor(FeatureExtractor.FeatureSet.PROSPECT);

    private static Map<String, Double> valuesOf(Example<Label> example) {
        Map<String, Double> values = new HashMap<>();
        for (Feature f : example) {
            values.put(f.getName(), f.getValue());
        }
        return values;
    }

    @Test
    void everyFeatureIsPresentOnceInSchemaOrder() {
        List<String> names = extractor.featureNames();
        assertThat(new HashSet<>(names)).hasSize(names.size());
        assertThat(extractor.factors()).containsOnlyKeys(names);
        Example<Label> example = extractor.generateExample(PartnerFeaturesFixtures.emptyProspect(), null);
        assertThat(example.size()).isEqualTo(names.size());
        assertThat(valuesOf(example)).containsOnlyKeys(names);
    }

    @Test
    void theProspectSetIsThePreSigningFactsAndThePartnerSetAddsTheProgramsTraces() {
        List<String> prospect = prospectExtractor.featureNames();
        List<String> partner = extractor.featureNames();
        assertThat(prospect).doesNotContain("portalLogins90d.log1p", "trainingsCompleted.log1p", "contentDownloads90d.log1p",
                "referral.made.log1p");
        assertThat(prospect).contains("referral.madeBeforeSigning.log1p", "certifiedStaff.log1p", "servedCustomers.atLeast16",
                "referral.referrerTierRank", "referral.pageRank");
        assertThat(new HashSet<>(partner))
                .containsAll(prospect.stream().filter(n -> !n.equals("referral.madeBeforeSigning.log1p")).toList())
                .contains("portalLogins90d.log1p", "trainingsCompleted.log1p", "contentDownloads90d.log1p", "referral.made.log1p");
        assertThat(FeatureExtractor.allSpecs()).extracting(FeatureExtractor.Spec::name).containsAll(partner).containsAll(prospect);
        assertThat(prospectExtractor.specs()).allSatisfy(s -> assertThat(s.preSigning()).isTrue());
    }

    @Test
    void aPartnerSeenAsAProspectLooksTheSameToTheProspectSet() {
        PartnerFeatures partner = PartnerFeaturesFixtures.strongReseller();
        PartnerFeatures asProspect = partner.asProspect();
        assertThat(asProspect.portalLogins90d()).isNull();
        assertThat(asProspect.trainingsCompleted()).isNull();
        assertThat(asProspect.contentDownloads90d()).isNull();
        assertThat(asProspect.referralsMade()).isEqualTo(partner.referralsMadeBeforeSigning());
        assertThat(prospectExtractor.values(asProspect)).containsExactly(prospectExtractor.values(partner));
        assertThat(extractor.values(asProspect)).isNotEqualTo(extractor.values(partner));
        PartnerFeatures prospect = PartnerFeaturesFixtures.emptyProspect();
        assertThat(prospect.asProspect()).isSameAs(prospect);
    }

    @Test
    void customerOverlapStepsOnADoublingGrid() {
        Map<String, Double> v = valuesOf(prospectExtractor.generateExample(PartnerFeaturesFixtures.strongReseller(), null));
        // 16 served customers, 4 of them enterprise
        assertThat(v.get("servedCustomers.atLeast8")).isEqualTo(1.0);
        assertThat(v.get("servedCustomers.atLeast16")).isEqualTo(1.0);
        assertThat(v.get("servedCustomers.atLeast32")).isEqualTo(0.0);
        assertThat(v.get("servedEnterprise.atLeast4")).isEqualTo(1.0);
        assertThat(v.get("servedEnterprise.atLeast8")).isEqualTo(0.0);
        assertThat(v.get("referral.madeBeforeSigning.log1p")).isEqualTo(0.0);
    }

    @Test
    void onlyACompanyKnownByItsNameHasInsufficientData() {
        assertThat(PartnerFeaturesFixtures.emptyProspect().insufficientData()).isTrue();
        assertThat(PartnerFeaturesFixtures.strongReseller().insufficientData()).isFalse();
        assertThat(PartnerFeaturesFixtures.customerReferred().insufficientData()).isFalse();
    }

    @Test
    void computesTheDocumentedValues() {
        Map<String, Double> v = valuesOf(extractor.generateExample(PartnerFeaturesFixtures.strongReseller(), FeatureExtractor.SUCCESS));
        assertThat(v.get("type.reseller")).isEqualTo(1.0);
        assertThat(v.get("type.strategic")).isEqualTo(0.0);
        assertThat(v.get("employees.log10")).isCloseTo(Math.log10(250), within(1e-12));
        assertThat(v.get("employees.log10.squared")).isCloseTo(Math.pow(Math.log10(250), 2), within(1e-12));
        assertThat(v.get("employees.unknown")).isEqualTo(0.0);
        assertThat(v.get("certifiedStaff.log1p")).isCloseTo(Math.log(5), within(1e-12));
        assertThat(v.get("certifiedStaff.any")).isEqualTo(1.0);
        assertThat(v.get("integrations.maxDepth")).isEqualTo(3.0);
        assertThat(v.get("integrations.level3")).isEqualTo(1.0);
        assertThat(v.get("certifiedStaff.log1p.x.depthAbove1")).isCloseTo(2 * Math.log(5), within(1e-12));
        assertThat(v.get("servedCustomers.log1p")).isCloseTo(Math.log(17), within(1e-12));
        assertThat(v.get("servedEnterprise.log1p")).isCloseTo(Math.log(5), within(1e-12));
        assertThat(v.get("industry.strongShare")).isEqualTo(0.5);
        assertThat(v.get("region.strong")).isEqualTo(1.0);
        assertThat(v.get("portalLogins90d.log1p")).isCloseTo(Math.log(31), within(1e-12));
        assertThat(v.get("referral.byPartner")).isEqualTo(1.0);
        assertThat(v.get("referral.byCustomer")).isEqualTo(0.0);
        assertThat(v.get("referral.referrerTierRank")).isEqualTo(3.0);
        assertThat(v.get("referral.referrerTopTier")).isEqualTo(1.0);
        assertThat(v.get("referral.referrerActive")).isEqualTo(1.0);
        assertThat(v.get("referral.pageRank")).isEqualTo(0.4);
    }

    @Test
    void unknownValuesBecomeZerosAndTheHeadCountIndicator() {
        Map<String, Double> v = valuesOf(extractor.generateExample(PartnerFeaturesFixtures.emptyProspect(), null));
        assertThat(v.get("employees.unknown")).isEqualTo(1.0);
        assertThat(v.get("employees.log10")).isEqualTo(0.0);
        assertThat(v.get("certifiedStaff.log1p")).isEqualTo(0.0);
        assertThat(v.get("portalLogins90d.log1p")).isEqualTo(0.0);
        assertThat(v.get("type.services")).isEqualTo(1.0);
        assertThat(v.values()).allSatisfy(x -> assertThat(Double.isFinite(x)).isTrue());
    }

    @Test
    void aCustomerReferrerIsNotAPartnerReferrer() {
        Map<String, Double> v = valuesOf(extractor.generateExample(PartnerFeaturesFixtures.customerReferred(), null));
        assertThat(v.get("referral.byCustomer")).isEqualTo(1.0);
        assertThat(v.get("referral.byPartner")).isEqualTo(0.0);
        assertThat(v.get("referral.referrerTierRank")).isEqualTo(0.0);
        assertThat(v.get("referral.referrerActive")).isEqualTo(0.0);
    }

    @Test
    void scoringExamplesHaveTheUnknownLabelAndTrainingExamplesTheirs() {
        assertThat(extractor.generateExample(PartnerFeaturesFixtures.strongReseller(), null).getOutput())
                .isEqualTo(LabelFactory.UNKNOWN_LABEL);
        assertThat(extractor.generateExample(PartnerFeaturesFixtures.strongReseller(), FeatureExtractor.OTHER).getOutput())
                .isEqualTo(FeatureExtractor.OTHER);
    }

    @Test
    void theSameRowGivesTheSameExample() {
        Example<Label> a = extractor.generateExample(PartnerFeaturesFixtures.strongReseller(), null);
        Example<Label> b = extractor.generateExample(PartnerFeaturesFixtures.strongReseller(), null);
        assertThat(a).isEqualTo(b);
        assertThat(extractor.values(PartnerFeaturesFixtures.strongReseller())).containsExactly(
                extractor.values(PartnerFeaturesFixtures.strongReseller()));
    }
}
