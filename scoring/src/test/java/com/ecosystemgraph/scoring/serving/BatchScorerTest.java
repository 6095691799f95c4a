package com.ecosystemgraph.scoring.serving;

import static org.assertj.core.api.Assertions.assertThat;

import com.ecosystemgraph.scoring.features.FeatureExtractor.FeatureSet;
import com.ecosystemgraph.scoring.features.PartnerFeatures;
import com.ecosystemgraph.scoring.features.PartnerFeaturesFixtures;
import com.ecosystemgraph.scoring.model.Golden;
import com.ecosystemgraph.scoring.model.ModelCard;
import com.ecosystemgraph.scoring.model.ScoringModels;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BatchScorerTest {

    private final ScoringModels models = Golden.models();

    @Test
    void percentilesCountTiesHalf() {
        double[] reference = {0.1, 0.2, 0.2, 0.4};
        assertThat(BatchScorer.percentile(reference, 0.05)).isEqualTo(0.0);
        assertThat(BatchScorer.percentile(reference, 0.2)).isEqualTo(50.0);
        assertThat(BatchScorer.percentile(reference, 0.3)).isEqualTo(75.0);
        assertThat(BatchScorer.percentile(reference, 0.9)).isEqualTo(100.0);
        assertThat(BatchScorer.percentile(new double[0], 0.5)).isEqualTo(0.0);
    }

    @Test
    void scoresEveryRowOnA0To100ScaleWithTheModelThatServesIt() {
        List<PartnerFeatures> rows = Golden.rows();
        List<PartnerScore> scores = new BatchScorer(models).score(rows);
        assertThat(scores).hasSize(rows.size());
        assertThat(scores).allSatisfy(s -> {
            assertThat(s.score()).isEqualTo((int) Math.round(100 * s.probability()));
            assertThat(s.percentile()).isBetween(0.0, 100.0);
            assertThat(s.model()).isEqualTo("prospect".equals(s.status()) ? FeatureSet.PROSPECT : FeatureSet.PARTNER);
        });
        assertThat(scores).extracting(PartnerScore::id).containsExactlyElementsOf(rows.stream().map(PartnerFeatures::id).toList());
        assertThat(scores.stream().mapToDouble(PartnerScore::probability).toArray()).containsExactly(models.probabilities(rows));
    }

    @Test
    void aProspectKnownByItsNameGetsTheBaseRateMarkedInsufficientData() {
        PartnerFeatures nameOnly = PartnerFeaturesFixtures.emptyProspect();
        List<PartnerFeatures> rows = new ArrayList<>(Golden.rows());
        rows.add(nameOnly);
        PartnerScore score = new BatchScorer(models).score(rows).getLast();

        ModelCard.Data data = models.card().data();
        assertThat(score.confidence()).isEqualTo(ScoreConfidence.INSUFFICIENT_DATA);
        assertThat(score.probability()).isEqualTo(data.trainPositives() / (double) data.train());
        assertThat(score.note()).startsWith("Insufficient data: nothing is known of this company beyond its name");
    }

    @Test
    void prospectsThatDifferFromTheTrainingPartnersCarryALowConfidenceNote() {
        List<PartnerFeatures> rows = new ArrayList<>(Golden.rows());
        PartnerFeatures p = rows.getLast();
        // 30 prospects with far more certified staff than any training partner: certifiedStaff.* shift.
        for (int i = 0; i < 30; i++) {
            rows.add(new PartnerFeatures("QX" + i, "Shifted " + i, "prospect", p.type(), p.region(), p.industries(), p.employees(),
                    5_000L, 0L, 0L, 0L, p.integrations(), p.maxIntegrationDepth(), p.integrationCustomers(), p.servedCustomers(),
                    p.servedEnterprise(), p.servedMidMarket(), p.servedSmb(), p.industryShare(), p.strongIndustryShare(),
                    p.strongIndustries(), p.regionShare(), p.strongRegion(), p.pageRank(), 0, 0, p.partnerReferrers(),
                    p.customerReferrers(), p.referrerId(), p.referrerName(), p.referrerKind(), p.referrerStatus(), p.referrerTierRank(),
                    p.referrerReferrals()));
        }
        BatchScorer.Batch batch = new BatchScorer(models).scoreWithShift(rows);

        assertThat(batch.shift().lowConfidence()).isTrue();
        assertThat(batch.scores()).filteredOn(s -> "prospect".equals(s.status())).allSatisfy(s -> {
            assertThat(s.confidence()).isEqualTo(ScoreConfidence.LOW);
            assertThat(s.note()).startsWith("Low confidence: prospects differ from the partners this model learned from in")
                    .contains("certifiedStaff.log1p (PSI ");
        });
        assertThat(batch.scores()).filteredOn(s -> !"prospect".equals(s.status()))
                .allSatisfy(s -> assertThat(s.confidence()).isEqualTo(ScoreConfidence.NORMAL));
    }
}
