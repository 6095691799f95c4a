package com.ecosystemgraph.scoring.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.ecosystemgraph.scoring.features.FeatureExtractor;
import com.ecosystemgraph.scoring.features.PartnerFeatures;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tribuo.transform.TransformedModel;

/** The committed golden model still loads from protobuf and predicts what it predicted when written. */
class GoldenModelTest {

    @Test
    void loadsAndPredictsTheRecordedProbabilities() {
        IppModel model = new ModelLoader().loadDirectory(Golden.directory());
        List<PartnerFeatures> rows = Golden.rows();
        Map<String, Double> expected = Golden.expected();

        double[] batch = model.probabilities(rows);
        for (int i = 0; i < rows.size(); i++) {
            assertThat(batch[i]).as(rows.get(i).id()).isCloseTo(expected.get(rows.get(i).id()), within(1e-12));
            assertThat(model.probability(rows.get(i))).isCloseTo(batch[i], within(1e-15));
        }
    }

    @Test
    void theCardDescribesTheModel() {
        IppModel model = new ModelLoader().loadDirectory(Golden.directory());
        ModelCard card = model.card();
        assertThat(card.featureSchema()).isEqualTo(FeatureExtractor.SCHEMA_VERSION);
        assertThat(card.features()).isEqualTo(new FeatureExtractor().featureNames());
        assertThat(card.trainer()).isEqualTo("LOGISTIC");
        assertThat(card.calibration().method()).isEqualTo("platt");
        assertThat(card.modelVersion()).startsWith("ipp-");
        assertThat(model.tribuoModel()).isInstanceOf(TransformedModel.class);
        assertThat(model.tribuoModel().getProvenance().getTrainerProvenance().getClassName()).contains("TransformTrainer");
    }
}
