package com.ecosystemgraph.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ecosystemgraph.scoring.model.IppModel;
import com.ecosystemgraph.scoring.model.ModelCard;
import com.ecosystemgraph.scoring.model.ModelLoader;
import com.ecosystemgraph.scoring.serving.Explainer;
import com.ecosystemgraph.scoring.serving.Explanation;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pipeline on seeded synthetic partners (the graph version is graph-api's IppModelIT). */
class IppTrainerTest {

    private static final LocalDate SNAPSHOT = LocalDate.of(2026, 9, 30);

    @TempDir
    Path temp;

    @Test
    void comparesCandidatesCalibratesAndBeatsTheEngagementBaseline() {
        SyntheticPartners.Data data = SyntheticPartners.generate(800, 50, 21);
        TrainingResult result = ModelTraining.train(data.rows(), data.labels(), SNAPSHOT, data.truth(),
                TrainingOptions.defaults().withFolds(3).withBootstrapSamples(200), temp, TrainingProgress.NONE);
        ModelCard card = result.card();

        assertThat(card.candidates()).extracting(ModelCard.Candidate::name).containsExactly("LOGISTIC", "RANDOM_FOREST", "XGBOOST");
        assertThat(card.trainerReason()).contains("cross-validated AUC");
        assertThat(card.data().test()).isBetween(199, 201);
        assertThat(card.data().testPositives() / (double) card.data().test())
                .isCloseTo(card.data().trainPositives() / (double) card.data().train(), org.assertj.core.api.Assertions.within(0.01));
        assertThat(card.metrics().auc().value()).isGreaterThan(card.baselines().get(1).auc().value() + 0.05);
        assertThat(card.metrics().ece()).isLessThan(0.15);
        assertThat(card.oracle().ratio()).isGreaterThan(0.85);

        IppModel loaded = new ModelLoader().loadDirectory(temp);
        assertThat(loaded.version()).isEqualTo(card.modelVersion());
        assertThat(loaded.probabilities(data.rows())).containsExactly(result.model().probabilities(data.rows()),
                org.assertj.core.api.Assertions.within(1e-12));
    }

    @Test
    void limeExplainsATreeEnsemble() {
        SyntheticPartners.Data data = SyntheticPartners.generate(500, 10, 4);
        TrainingResult result = ModelTraining.train(data.rows(), data.labels(), SNAPSHOT, Map.of(),
                TrainingOptions.defaults().withFolds(2).withBootstrapSamples(100).withCandidates(List.of(CandidateTrainer.XGBOOST)),
                temp, TrainingProgress.NONE);
        assertThat(result.card().explanationMethod()).isEqualTo("lime");
        Explainer explainer = new Explainer(result.model(), data.rows(), 1);
        Explanation e = explainer.explain(data.rows().getFirst());
        assertThat(e.method()).isEqualTo("lime");
        assertThat(e.factors()).isNotEmpty();
        assertThat(explainer.explain(data.rows().getFirst())).isEqualTo(e);
    }

    @Test
    void refusesToTrainOnTooFewLabelledPartners() {
        SyntheticPartners.Data data = SyntheticPartners.generate(30, 0, 1);
        assertThatThrownBy(() -> new IppTrainer(TrainingOptions.defaults(), TrainingProgress.NONE)
                .train(data.rows(), data.labels(), SNAPSHOT, Map.of()))
                .isInstanceOf(IppTrainer.NotEnoughDataException.class)
                .hasMessageContaining("30 labelled partners");
        Map<String, LabelledPartner> allNegative = new HashMap<>();
        SyntheticPartners.generate(100, 0, 1).labels().forEach((id, l) ->
                allNegative.put(id, new LabelledPartner(id, l.tier(), l.engagement(), 0, false)));
        assertThatThrownBy(() -> new IppTrainer(TrainingOptions.defaults(), TrainingProgress.NONE)
                .train(SyntheticPartners.generate(100, 0, 1).rows(), allNegative, SNAPSHOT, Map.of()))
                .isInstanceOf(IppTrainer.NotEnoughDataException.class)
                .hasMessageContaining("0 positive");
    }

    @Test
    void optionsValidateAndDescribeThemselves() {
        assertThatThrownBy(() -> TrainingOptions.defaults().withFolds(1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TrainingOptions.defaults().withTestFraction(0.95)).isInstanceOf(IllegalArgumentException.class);
        assertThat(TrainingOptions.DESCRIPTIONS).containsKeys("seed", "testFraction", "folds", "candidates", "label", "truthFile");
        assertThat(LabelDefinition.defaults().describe()).contains("12 months").contains("100,000").contains("sourced or co-sold");
    }
}
