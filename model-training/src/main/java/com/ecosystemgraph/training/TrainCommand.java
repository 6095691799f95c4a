package com.ecosystemgraph.training;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code train}: trains the Ideal Partner Profile model on a Neo4j graph reached over Bolt and writes
 * the model file, its card and plots. (The service jar has its own {@code train} command for the
 * embedded database; both call {@link ModelTraining}.)
 */
@Command(name = "train", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Trains the Ideal Partner Profile model on the ecosystem graph and writes the model, model-card.json/.md and plots.")
public final class TrainCommand implements Callable<Integer> {

    @Option(names = "--neo4j-uri", defaultValue = "${env:NEO4J_URI:-bolt://localhost:7687}",
            description = "Bolt URI of the graph (default ${DEFAULT-VALUE}, env NEO4J_URI).")
    String uri;

    @Option(names = "--username", defaultValue = "${env:NEO4J_USERNAME:-neo4j}", description = "User (env NEO4J_USERNAME).")
    String username;

    @Option(names = "--password", defaultValue = "${env:NEO4J_PASSWORD}", description = "Password (env NEO4J_PASSWORD); none for an unauthenticated server.")
    String password;

    @Option(names = "--database", defaultValue = "${env:NEO4J_DATABASE}", description = "Database (env NEO4J_DATABASE); default: the server's default.")
    String database;

    @Option(names = "--out", required = true, description = "Output folder for the model, its card and plots.")
    Path out;

    @Option(names = "--truth", description = "partner_truth.csv of the demo generator: reports the oracle AUC on the same test set.")
    Path truth;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of the split, folds, trainers and bootstrap (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--test-fraction", defaultValue = "0.25", description = "Held-out share of the labelled partners (default ${DEFAULT-VALUE}).")
    double testFraction;

    @Option(names = "--folds", defaultValue = "5", description = "Cross-validation folds (default ${DEFAULT-VALUE}).")
    int folds;

    @Option(names = "--trainers", split = ",", description = "Candidates to compare: ${COMPLETION-CANDIDATES} (default all).")
    List<CandidateTrainer> trainers;

    @Option(names = "--as-of", description = "Snapshot date to label from (default: the snapshot date stored in the graph).")
    LocalDate asOf;

    @Option(names = "--min-tenure-months", defaultValue = "12", description = "Label: months signed before the snapshot (default ${DEFAULT-VALUE}).")
    int minTenureMonths;

    @Option(names = "--window-months", defaultValue = "12", description = "Label: trailing revenue window (default ${DEFAULT-VALUE}).")
    int windowMonths;

    @Option(names = "--threshold", defaultValue = "100000", description = "Label: won revenue at or above which a partner is positive (default ${DEFAULT-VALUE}).")
    double threshold;

    @Override
    public Integer call() {
        TrainingOptions defaults = TrainingOptions.defaults();
        LabelDefinition label = new LabelDefinition(minTenureMonths, windowMonths, threshold, defaults.label().roles(), defaults.label().statuses());
        TrainingOptions options = defaults.withSeed(seed).withTestFraction(testFraction).withFolds(folds).withLabel(label)
                .withAsOf(asOf).withTruthFile(truth).withCandidates(trainers == null || trainers.isEmpty() ? defaults.candidates() : trainers);
        try (Driver driver = password == null || password.isBlank()
                ? GraphDatabase.driver(uri, AuthTokens.none()) : GraphDatabase.driver(uri, AuthTokens.basic(username, password));
             ConsoleProgress progress = new ConsoleProgress()) {
            driver.verifyConnectivity();
            TrainingResult result = ModelTraining.train(driver, database, options, out, progress);
            progress.close();
            System.out.println(TrainingSummary.of(result));
            return 0;
        } catch (IppTrainer.NotEnoughDataException e) {
            System.err.println(e.getMessage());
            return 2;
        }
    }

    /** A console progress bar per step (the service's train command can use it too). */
    public static final class ConsoleProgress implements TrainingProgress, AutoCloseable {
        private ProgressBar bar;

        @Override
        public synchronized void step(String description, int total) {
            close();
            bar = new ProgressBarBuilder().setTaskName(description).setInitialMax(total).setStyle(ProgressBarStyle.ASCII)
                    .setUpdateIntervalMillis(200).setMaxRenderedLength(100).continuousUpdate().build();
        }

        @Override
        public synchronized void advance() {
            if (bar != null) {
                bar.step();
            }
        }

        @Override
        public synchronized void note(String message) {
            System.out.println(message);
        }

        @Override
        public synchronized void close() {
            if (bar != null) {
                bar.close();
                bar = null;
            }
        }
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new TrainCommand()).setCaseInsensitiveEnumValuesAllowed(true).execute(args));
    }
}
