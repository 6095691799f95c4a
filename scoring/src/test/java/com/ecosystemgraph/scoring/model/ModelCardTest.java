package com.ecosystemgraph.scoring.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Cards written before the calibration bins and ROC points were recorded still load; new cards keep them. */
class ModelCardTest {

    @Test
    void aCardWithoutBinsLoadsWithEmptyLists() {
        ModelCard card = ModelCard.read(Golden.directory().resolve(ModelCard.FILE_NAME));
        assertThat(card.toJson()).doesNotContain("\"reliability\" : [ {");
        assertThat(card.reliability()).isEmpty();
        assertThat(card.roc()).isEmpty();
    }

    @Test
    void binsAndRocSurviveTheJsonRoundTrip() {
        ModelCard golden = ModelCard.read(Golden.directory().resolve(ModelCard.FILE_NAME));
        List<ModelCard.ReliabilityBin> bins = List.of(new ModelCard.ReliabilityBin(0.1, 0.2, 0.15, 0.2, 20),
                new ModelCard.ReliabilityBin(0.9, 1.0, 0.93, 0.9, 10));
        List<ModelCard.RocPoint> roc = List.of(new ModelCard.RocPoint(0, 0), new ModelCard.RocPoint(0.2, 0.7), new ModelCard.RocPoint(1, 1));
        ModelCard card = new ModelCard(golden.formatVersion(), golden.modelVersion(), golden.trainedAt(), golden.modelFile(),
                golden.modelSha256(), golden.trainer(), golden.trainerReason(), golden.trainerDescription(), golden.candidates(),
                golden.label(), golden.data(), golden.featureSchema(), golden.features(), golden.featureStats(), golden.calibration(),
                golden.explanationMethod(), golden.metrics(), golden.baselines(), golden.oracle(), golden.liftByDecile(),
                golden.settings(), golden.tribuoVersion(), golden.provenance(), bins, roc);

        ModelCard back = ModelCard.fromJson(card.toJson());

        assertThat(back.reliability()).isEqualTo(bins);
        assertThat(back.roc()).isEqualTo(roc);
        assertThat(back.withModelFile("v2", "m.pb", "abc").reliability()).isEqualTo(bins);
    }
}
