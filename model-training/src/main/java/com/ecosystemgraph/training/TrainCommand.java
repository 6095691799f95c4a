package com.ecosystemgraph.training;

import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code train}: trains the Ideal Partner Profile model on a Neo4j graph reached over Bolt and writes
 * the model file, its card and plots. (The service jar has its own {@code train} command for the
 * embedded database; both call {@link ModelTraining}.)
 */
@Command(name = "train", mixinStandardHelpOptions = true, sortOptions = false, description = "Trains the Ideal Partner Profile model on the ecosystem graph and writes the model, model-card.json/.md and plots.")
public final class TrainCommand implements Callable<Integer> {

    @Option(names = "--neo4j-uri", defaultValue = "${env:NEO4J_URI:-bolt://localhost:7687}", description = "Bolt URI of the graph (default ${DEFAULT-VALUE}, env NEO4J_URI).")
    String uri;

    @Option(names = "--username", defaultValue = "${env:NEO4J_USERNAME:-neo4j}", description = "User (env NEO4J_USERNAME).")
    String username;

    @Option(names = "--password", defaultValue = "${env:NEO4J_PASSWORD}", description = "Password (env NEO4J_PASSWORD); none for an unauthenticated server.")
    String password;

    @Option(names = "--database", defaultValue = "${env:NEO4J_DATABASE}", description = "Database (env NEO4J_DATABASE); default: the server's default.")
    String database;

    @Mixin
    TrainingArguments training;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (Driver driver = password == null || password.isBlank()
                ? GraphDatabase.driver(uri, AuthTokens.none())
                : GraphDatabase.driver(uri, AuthTokens.basic(username, password))) {
            driver.verifyConnectivity();
            return training.trainAndReport(driver, database, spec.commandLine().getOut(), spec.commandLine().getErr());
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
