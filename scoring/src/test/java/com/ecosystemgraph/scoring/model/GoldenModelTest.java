package com.ecosystemgraph.scoring.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.ecosystemgraph.scoring.features.FeatureExtractor;
import com.ecosystemgraph.scoring.features.FeatureExtractor.FeatureSet;
import com.ecosystemgraph.scoring.features.PartnerFeatures;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tribuo.transform.TransformedModel;

/** The committed golden models still load from protobuf and predict what they predicted when written. */
class GoldenModelTest {

    @Test
    void loadsAndPredictsTheRecordedProbabilities() {
        ScoringModels models = Golden.models();
        List<PartnerFeatures> rows = Golden.rows();
        Map<String, Double> expected = Golden.expected();

        double[] batch = models.probabilities(rows);
        for (int i = 0; i < rows.size(); i++) {
            PartnerFeatures row = rows.get(i);
            assertThat(batch[i]).as(row.id()).isCloseTo(expected.get(row.id()), within(1e-12));
            assertThat(models.modelFor(row).probability(row)).isCloseTo(batch[i], within(1e-15));
        }
        assertThat(rows).anySatisfy(r -> assertThat(models.modelFor(r)).isSameAs(models.partner()))
                .anySatisfy(r -> assertThat(models.modelFor(r)).isSameAs(models.prospect()));
    }

    @Test
    void theCardsDescribeTheModels() {
        ScoringModels models = Golden.models();
        ModelCard card = models.card();
        assertThat(card.featureSchema()).isEqualTo(FeatureExtractor.SCHEMA_VERSION);
        assertThat(card.featureSet()).isEqualTo("PROSPECT");
        assertThat(card.features()).isEqualTo(new FeatureExtractor(FeatureSet.PROSPECT).featureNames());
        assertThat(card.trainer()).isEqualTo("LOGISTIC");
        assertThat(card.calibration().method()).isEqualTo("platt");
        assertThat(card.modelVersion()).startsWith("ipp-");
        assertThat(card.scores()).containsExactly(ModelCard.PROSPECTS);
        assertThat(card.referenceBins()).containsKeys("certifiedStaff.log1p", "portalLogins90d.log1p");
        assertThat(models.prospect().tribuoModel()).isInstanceOf(TransformedModel.class);
        assertThat(models.prospect().tribuoModel().getProvenance().getTrainerProvenance().getClassName()).contains("TransformTrainer");

        ModelCard partner = card.partnerModel();
        assertThat(partner.featureSet()).isEqualTo("PARTNER");
        assertThat(partner.features()).isEqualTo(new FeatureExtractor(FeatureSet.PARTNER).featureNames());
        assertThat(partner.modelVersion()).isEqualTo(card.modelVersion());
        assertThat(partner.scores()).containsExactly(ModelCard.PARTNERS);
    }
}
