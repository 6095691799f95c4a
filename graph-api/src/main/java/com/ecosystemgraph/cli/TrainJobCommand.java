package com.ecosystemgraph.cli;

import com.ecosystemgraph.config.EcosystemProperties;
import com.ecosystemgraph.training.IppTrainer;
import com.ecosystemgraph.training.ModelTraining;
import com.ecosystemgraph.training.TrainCommand;
import com.ecosystemgraph.training.TrainingOptions;
import com.ecosystemgraph.training.TrainingResult;
import com.ecosystemgraph.training.TrainingSummary;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.neo4j.driver.Driver;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code train}: trains the Ideal Partner Profile model on the configured database (the embedded
 * data directory, or {@code NEO4J_URI}) through model-training's pipeline, and writes the model,
 * its card and plots. Serve it with {@code ECOSYSTEM_MODEL_DIR=<out>}.
 */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Train the Ideal Partner Profile model on the configured graph (embedded data directory or NEO4J_URI).")
class TrainJobCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, description = "Output folder for the model, its card and plots.")
    Path out;

    @Option(names = "--truth", description = "partner_truth.csv of the demo generator: reports the oracle AUC on the same test set.")
    Path truth;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of the split, folds, trainers and bootstrap (default ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ConfigurableApplicationContext context;
        try {
            context = EcosystemGraphCommand.startForJob(Map.of());
        } catch (RuntimeException e) {
            return 1;
        }
        try (context; TrainCommand.ConsoleProgress progress = new TrainCommand.ConsoleProgress()) {
            TrainingOptions options = TrainingOptions.defaults().withSeed(seed);
            if (truth != null) {
                options = options.withTruthFile(truth);
            }
            TrainingResult result = ModelTraining.train(context.getBean(Driver.class),
                    context.getBean(EcosystemProperties.class).neo4j().database(), options, out.toAbsolutePath(), progress);
            progress.close();
            stdout.println(TrainingSummary.of(result));
            return 0;
        } catch (IppTrainer.NotEnoughDataException e) {
            err.println(e.getMessage());
            return 1;
        }
    }
}
