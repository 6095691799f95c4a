package com.ecosystemgraph.training;

import com.ecosystemgraph.scoring.features.PartnerFeatures;
import com.ecosystemgraph.scoring.model.ScoringModels;
import com.ecosystemgraph.scoring.serving.BatchScorer;
import com.ecosystemgraph.scoring.serving.Explainer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Prints the timing benchmarks of the Ideal Partner Profile model on seeded synthetic partners
 * (no assertions; the numbers go to docs/benchmarks.md): training on N labelled partners with every
 * candidate, batch scoring of N partners, and one explanation (exact linear and LIME). The accuracy
 * benchmark on the demo ecosystem needs the graph and lives in graph-api (IppAccuracyBenchmarkIT).
 *
 * <p>{@code java -cp model-training.jar:... com.ecosystemgraph.training.IppBenchmark [partners]}
 */
public final class IppBenchmark {

    private IppBenchmark() {
    }

    /** Arguments: [partners, default 10000] [serving: skip the all-candidates training]. */
    public static void main(String[] args) throws IOException {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        SyntheticPartners.Data data = SyntheticPartners.generate(n, 0, 2026);
        LocalDate snapshot = LocalDate.of(2026, 9, 30);
        System.out.printf(Locale.ROOT, "Ideal Partner Profile benchmark: %,d labelled synthetic partners, %d cores%n", n,
                Runtime.getRuntime().availableProcessors());

        Path out = Files.createTempDirectory("ipp-bench");
        boolean servingOnly = args.length > 1 && "serving".equals(args[1]);
        long t0 = System.nanoTime();
        TrainingResult all = servingOnly ? null : trainAll(data, snapshot, out);
        if (all != null) {
            System.out.printf(Locale.ROOT,
                    "training, all candidates, 5-fold CV + final fit + evaluation + files: %.1f s (chosen %s, held-out AUC %.3f)%n",
                    seconds(t0), all.card().trainer(), all.card().metrics().auc().value());
            all.card().candidates().forEach(c -> System.out.printf(Locale.ROOT, "  %-13s cross-validation %.1f s, CV AUC %.3f%n",
                    c.name(), c.trainSeconds(), c.cvAuc()));
        }
        t0 = System.nanoTime();
        TrainingResult logistic = ModelTraining.train(data.rows(), data.labels(), snapshot, data.truth(),
                TrainingOptions.defaults().withCandidates(List.of(CandidateTrainer.LOGISTIC)), out.resolve("logistic"),
                TrainingProgress.NONE);
        System.out.printf(Locale.ROOT, "training, logistic only: %.1f s%n", seconds(t0));
        TrainingResult xgboost = ModelTraining.train(data.rows(), data.labels(), snapshot, data.truth(),
                TrainingOptions.defaults().withCandidates(List.of(CandidateTrainer.XGBOOST)), out.resolve("xgboost"),
                TrainingProgress.NONE);
        serve(List.of(logistic, xgboost), data, n);
    }

    private static TrainingResult trainAll(SyntheticPartners.Data data, LocalDate snapshot, Path out) {
        return ModelTraining.train(data.rows(), data.labels(), snapshot, data.truth(), TrainingOptions.defaults(),
                out.resolve("all"), TrainingProgress.NONE);
    }

    private static void serve(List<TrainingResult> results, SyntheticPartners.Data data, int n) {
        if (results.isEmpty()) {
            return;
        }
        for (TrainingResult r : results) {
            ScoringModels models = r.model();
            BatchScorer scorer = new BatchScorer(models);
            double batch = median(5, () -> {
                long s = System.nanoTime();
                scorer.score(data.rows());
                return seconds(s);
            });
            Explainer explainer = new Explainer(models.prospect(), data.rows(), 1);
            List<PartnerFeatures> sample = data.rows().subList(0, 20);
            explainer.explain(sample.getFirst());
            double[] times = sample.stream().mapToDouble(row -> {
                long s = System.nanoTime();
                explainer.explain(row);
                return seconds(s) * 1000;
            }).sorted().toArray();
            System.out.printf(Locale.ROOT,
                    "%s model: batch scoring of %,d partners %.0f ms (median of 5); one explanation (%s) median %.1f ms, max %.1f ms%n",
                    r.card().trainer(), n, batch * 1000, explainer.method(), times[times.length / 2], times[times.length - 1]);
        }
    }

    private static double median(int runs, Supplier<Double> run) {
        double[] t = new double[runs];
        for (int i = 0; i < runs; i++) {
            t[i] = run.get();
        }
        Arrays.sort(t);
        return t[runs / 2];
    }

    private static double seconds(long started) {
        return (System.nanoTime() - started) / 1e9;
    }
}
