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

    private final FeatureExtractor extractor = new FeatureExtractor();

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
