package com.ecosystemgraph.scoring.serving;

import static org.assertj.core.api.Assertions.assertThat;

import com.ecosystemgraph.scoring.features.PartnerFeatures;
import com.ecosystemgraph.scoring.model.Golden;
import com.ecosystemgraph.scoring.model.IppModel;
import com.ecosystemgraph.scoring.model.ModelLoader;
import java.util.List;
import org.junit.jupiter.api.Test;

class BatchScorerTest {

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
    void scoresEveryRowOnA0To100Scale() {
        IppModel model = new ModelLoader().loadDirectory(Golden.directory());
        List<PartnerFeatures> rows = Golden.rows();
        List<PartnerScore> scores = new BatchScorer(model).score(rows);
        assertThat(scores).hasSize(rows.size());
        assertThat(scores).allSatisfy(s -> {
            assertThat(s.score()).isEqualTo((int) Math.round(100 * s.probability()));
            assertThat(s.percentile()).isBetween(0.0, 100.0);
        });
        assertThat(scores).extracting(PartnerScore::id).containsExactlyElementsOf(rows.stream().map(PartnerFeatures::id).toList());
    }
}
