package com.ecosystemgraph.training;

import com.ecosystemgraph.scoring.features.PartnerFeatures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the small golden models that {@code scoring}'s GoldenModelTest loads: the logistic prospect
 * and partner models of 400 seeded synthetic partners, 12 feature rows (6 partners, 6 prospects)
 * and their expected probabilities. Run by hand (it is not a test) when the feature schema changes
 * on purpose, from {@code model-training/} after {@code ../mvnw -q -o -pl model-training -am test-compile}
 * (see docs/model-card.md, "The golden model"):
 * {@code java -cp "target/test-classes:target/classes:$(cat target/cp.txt)" com.ecosystemgraph.training.WriteGoldenModel ../scoring/src/test/resources/golden}.
 */
public final class WriteGoldenModel {

    private WriteGoldenModel() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "../scoring/src/test/resources/golden");
        SyntheticPartners.Data data = SyntheticPartners.generate(400, 20, 11);
        TrainingOptions options = TrainingOptions.defaults().withCandidates(List.of(CandidateTrainer.LOGISTIC)).withSeed(11)
                .withBootstrapSamples(200);
        TrainingResult result = ModelTraining.train(data.rows(), data.labels(), LocalDate.of(2026, 9, 30), data.truth(), options,
                out, TrainingProgress.NONE);
        for (String plot : List.of("roc.png", "calibration.png", "lift.png", "model-card.md")) {
            Files.deleteIfExists(out.resolve(plot));
        }
        if (result.card().partnerModel() == null) {
            throw new IllegalStateException("The golden run must keep a partner model, so the golden test covers both");
        }
        List<PartnerFeatures> rows = new ArrayList<>(data.rows().subList(400 - 6, 400));
        rows.addAll(data.rows().subList(data.rows().size() - 6, data.rows().size()));
        Files.writeString(out.resolve("rows.json"), JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(rows));
        double[] p = result.model().probabilities(rows);
        StringBuilder csv = new StringBuilder("id,probability\n");
        for (int i = 0; i < rows.size(); i++) {
            csv.append(rows.get(i).id()).append(',').append(String.format(Locale.ROOT, "%.17g", p[i])).append('\n');
        }
        Files.writeString(out.resolve("expected-probabilities.csv"), csv);
        System.out.println("Golden model " + result.card().modelVersion() + " written to " + out + " " + Map.of("auc",
                result.card().metrics().auc().value()));
    }
}
