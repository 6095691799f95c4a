package com.ecosystemgraph.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ecosystemgraph.scoring.features.PartnerFeatures;
import com.ecosystemgraph.scoring.model.ModelCard;
import com.ecosystemgraph.scoring.model.ModelLoader;
import com.ecosystemgraph.scoring.model.ScoringModels;
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
class TrainingPipelineTest {

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

        ScoringModels loaded = new ModelLoader().loadDirectory(temp);
        assertThat(loaded.version()).isEqualTo(card.modelVersion());
        assertThat(loaded.probabilities(data.rows())).containsExactly(result.model().probabilities(data.rows()),
                org.assertj.core.api.Assertions.within(1e-12));
    }

    @Test
    void theProspectModelReadsNoEngagementAndThePartnerModelScoresPartnersOnlyWhenBetter() {
        SyntheticPartners.Data data = SyntheticPartners.generate(800, 200, 21);
        TrainingResult result = ModelTraining.train(data.rows(), data.labels(), SNAPSHOT, data.truth(),
                TrainingOptions.defaults().withFolds(3).withBootstrapSamples(200).withCandidates(List.of(CandidateTrainer.LOGISTIC)),
                temp, TrainingProgress.NONE);
        ModelCard card = result.card();

        assertThat(card.featureSet()).isEqualTo("PROSPECT");
        assertThat(card.features()).doesNotContain("portalLogins90d.log1p", "trainingsCompleted.log1p", "contentDownloads90d.log1p",
                "integrationCustomers.log1p", "referral.made.log1p").contains("referral.madeBeforeSigning.log1p", "certifiedStaff.log1p");
        assertThat(card.data().servedFittedOn()).isEqualTo(card.data().labelled());
        // Seen as prospects, partners look the same to the prospect model: its two evaluations coincide.
        assertThat(card.prospectLike().auc().value()).isEqualTo(card.metrics().auc().value());
        assertThat(result.trained().prospectLikeProbabilities()).containsExactly(result.trained().testProbabilities());

        // Synthetic partners' logins follow their success, so the partner model is better for them, and worse on partners seen as prospects.
        ModelCard partner = card.partnerModel();
        assertThat(partner).isNotNull();
        assertThat(partner.featureSet()).isEqualTo("PARTNER");
        assertThat(partner.features()).contains("portalLogins90d.log1p", "referral.made.log1p");
        assertThat(partner.candidates().getFirst().cvAuc()).isGreaterThan(card.candidates().getFirst().cvAuc() + 0.005);
        assertThat(partner.prospectLike().auc().value()).isLessThan(partner.metrics().auc().value());
        assertThat(card.scores()).containsExactly(ModelCard.PROSPECTS);
        assertThat(partner.scores()).containsExactly(ModelCard.PARTNERS);
        assertThat(card.scoresReason()).contains("Signed partners are scored by the partner model");

        ScoringModels models = result.model();
        PartnerFeatures prospect = data.rows().getLast();
        PartnerFeatures signed = data.rows().getFirst();
        assertThat(models.modelFor(prospect)).isSameAs(models.prospect());
        assertThat(models.modelFor(signed)).isSameAs(models.partner());
        assertThat(models.prospect().probability(signed)).isEqualTo(models.prospect().probability(signed.asProspect()));

        // The truth is known: the card reports how close the prospects' ranking comes to the best achievable.
        assertThat(card.oracle().prospectsMatched()).isEqualTo(200);
        assertThat(card.oracle().prospectExpectedAucRatio()).isBetween(0.8, 1.0);
        assertThat(card.prospectLike().expectedAucRatio()).isBetween(0.8, 1.0);

        // Prospects never logged in: the shift report flags the logins, which the prospect model does not read.
        var logins = card.shift().features().stream().filter(f -> f.feature().equals("portalLogins90d.log1p")).findFirst().orElseThrow();
        assertThat(logins.flagged()).isTrue();
        assertThat(logins.usedByProspectModel()).isFalse();
        assertThat(card.shift().lowConfidence()).isFalse();
        assertThat(card.referenceBins()).containsKeys("portalLogins90d.log1p", "certifiedStaff.log1p");
    }

    @Test
    void withoutAnEdgeThePartnerModelIsNotKeptAndTheProspectModelScoresEveryone() {
        SyntheticPartners.Data data = SyntheticPartners.generate(600, 50, 8);
        // What only the partner model reads says nothing: the same logins, trainings, downloads, integration use and referrals for everyone.
        List<PartnerFeatures> flat = data.rows().stream().map(r -> new PartnerFeatures(r.id(), r.name(), r.status(), r.type(), r.region(),
                r.industries(), r.employees(), r.certifiedStaff(), 10L, 1L, 3L, r.integrations(), r.maxIntegrationDepth(),
                0, r.servedCustomers(), r.servedEnterprise(), r.servedMidMarket(), r.servedSmb(), r.industryShare(),
                r.strongIndustryShare(), r.strongIndustries(), r.regionShare(), r.strongRegion(), r.pageRank(), 0, 0,
                r.partnerReferrers(), r.customerReferrers(), r.referrerId(), r.referrerName(), r.referrerKind(), r.referrerStatus(),
                r.referrerTierRank(), r.referrerReferrals())).toList();
        TrainingResult result = ModelTraining.train(flat, data.labels(), SNAPSHOT, Map.of(),
                TrainingOptions.defaults().withFolds(3).withBootstrapSamples(200).withCandidates(List.of(CandidateTrainer.LOGISTIC)),
                temp, TrainingProgress.NONE);

        assertThat(result.card().partnerModel()).isNull();
        assertThat(result.card().scores()).containsExactly(ModelCard.PROSPECTS, ModelCard.PARTNERS);
        assertThat(result.card().scoresReason()).contains("so it was not kept");
        assertThat(temp.resolve(ModelTraining.PARTNER_MODEL_FILE)).doesNotExist();
        ScoringModels loaded = new ModelLoader().loadDirectory(temp);
        assertThat(loaded.partnerModel()).isEmpty();
        assertThat(loaded.modelFor(flat.getFirst())).isSameAs(loaded.prospect());
    }

    @Test
    void limeExplainsATreeEnsemble() {
        SyntheticPartners.Data data = SyntheticPartners.generate(500, 10, 4);
        TrainingResult result = ModelTraining.train(data.rows(), data.labels(), SNAPSHOT, Map.of(),
                TrainingOptions.defaults().withFolds(2).withBootstrapSamples(100).withCandidates(List.of(CandidateTrainer.XGBOOST)),
                temp, TrainingProgress.NONE);
        assertThat(result.card().explanationMethod()).isEqualTo("lime");
        Explainer explainer = new Explainer(result.model().prospect(), data.rows(), 1);
        Explanation e = explainer.explain(data.rows().getFirst());
        assertThat(e.method()).isEqualTo("lime");
        assertThat(e.factors()).isNotEmpty();
        assertThat(explainer.explain(data.rows().getFirst())).isEqualTo(e);
    }

    @Test
    void refusesToTrainOnTooFewLabelledPartners() {
        SyntheticPartners.Data data = SyntheticPartners.generate(30, 0, 1);
        assertThatThrownBy(() -> new TrainingPipeline(TrainingOptions.defaults(), TrainingProgress.NONE)
                .train(data.rows(), data.labels(), SNAPSHOT, Map.of()))
                .isInstanceOf(TrainingPipeline.NotEnoughDataException.class)
                .hasMessageContaining("30 labelled partners");
        Map<String, LabelledPartner> allNegative = new HashMap<>();
        SyntheticPartners.generate(100, 0, 1).labels()
                .forEach((id, l) -> allNegative.put(id, new LabelledPartner(id, l.tier(), l.engagement(), 0, false)));
        assertThatThrownBy(() -> new TrainingPipeline(TrainingOptions.defaults(), TrainingProgress.NONE)
                .train(SyntheticPartners.generate(100, 0, 1).rows(), allNegative, SNAPSHOT, Map.of()))
                .isInstanceOf(TrainingPipeline.NotEnoughDataException.class)
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
