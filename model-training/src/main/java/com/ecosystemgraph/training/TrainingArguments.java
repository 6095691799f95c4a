package com.ecosystemgraph.training;

import com.ecosystemgraph.scoring.features.NetworkFeaturesUnavailableException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.neo4j.driver.Driver;
import picocli.CommandLine.Option;

/**
 * The training settings as command-line options, and the run that trains and reports: shared by
 * this module's {@code train} command (any server by URI) and the service jar's {@code train}
 * command (the embedded data directory or NEO4J_URI), so both take the same options.
 */
public final class TrainingArguments {

    @Option(names = "--out", required = true, description = "Output folder for the model, its card and plots.")
    Path out;

    @Option(names = "--truth", description = "partner_truth.csv of the demo generator: reports the oracle AUC on the same test set and the expected-AUC ratios of the held-out partners and of the prospects.")
    Path truth;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of the split, folds, trainers and bootstrap (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--test-fraction", defaultValue = "0.25", description = "Held-out share of the labelled partners (default ${DEFAULT-VALUE}).")
    double testFraction;

    @Option(names = "--folds", defaultValue = "5", description = "Cross-validation folds (default ${DEFAULT-VALUE}).")
    int folds;

    @Option(names = "--trainers", split = ",", description = "Candidates to compare: ${COMPLETION-CANDIDATES} (default all).")
    List<CandidateTrainer> trainers;

    @Option(names = "--partner-model", negatable = true, defaultValue = "true", fallbackValue = "true", description = "Also train a partner model (engagement too) for signed partners, kept when it ranks them better; --no-partner-model: the prospect model scores everyone (default ${DEFAULT-VALUE}).")
    boolean partnerModel;

    @Option(names = "--as-of", description = "Snapshot date to label from (default: the snapshot date stored in the graph).")
    LocalDate asOf;

    @Option(names = "--min-tenure-months", defaultValue = "12", description = "Label: months signed before the snapshot (default ${DEFAULT-VALUE}).")
    int minTenureMonths;

    @Option(names = "--window-months", defaultValue = "12", description = "Label: trailing revenue window (default ${DEFAULT-VALUE}).")
    int windowMonths;

    @Option(names = "--threshold", defaultValue = "100000", description = "Label: won revenue at or above which a partner is positive (default ${DEFAULT-VALUE}).")
    double threshold;

    /** The typed training options these arguments describe. */
    public TrainingOptions options() {
        TrainingOptions defaults = TrainingOptions.defaults();
        LabelDefinition label = new LabelDefinition(minTenureMonths, windowMonths, threshold, defaults.label().roles(),
                defaults.label().statuses());
        return defaults.withSeed(seed).withTestFraction(testFraction).withFolds(folds).withLabel(label)
                .withAsOf(asOf).withTruthFile(truth)
                .withCandidates(trainers == null || trainers.isEmpty() ? defaults.candidates() : trainers)
                .withPartnerModel(partnerModel);
    }

    /**
     * Trains on the graph behind {@code driver}, writes the model, card and plots to {@code --out}
     * and prints the summary.
     *
     * @return 0, or 2 when there are too few labelled partners (the message says how many) or the server lacks
     *     the Graph Data Science plugin the network features need (the message says so)
     */
    public int trainAndReport(Driver driver, String database, PrintWriter out, PrintWriter err) {
        try (TrainCommand.ConsoleProgress progress = new TrainCommand.ConsoleProgress()) {
            TrainingResult result = ModelTraining.train(driver, database, options(), this.out.toAbsolutePath(), progress);
            progress.close();
            out.println(TrainingSummary.of(result));
            return 0;
        } catch (TrainingPipeline.NotEnoughDataException | NetworkFeaturesUnavailableException e) {
            err.println(e.getMessage());
            return 2;
        }
    }
}
