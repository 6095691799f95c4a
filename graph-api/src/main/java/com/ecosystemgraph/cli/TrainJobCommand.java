package com.ecosystemgraph.cli;

import com.ecosystemgraph.config.EcosystemProperties;
import com.ecosystemgraph.training.TrainingArguments;
import java.util.Map;
import java.util.concurrent.Callable;
import org.neo4j.driver.Driver;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code train}: trains the Ideal Partner Profile model on the configured database (the embedded
 * data directory, or {@code NEO4J_URI}) with the same options as model-training's {@code train},
 * and writes the model, its card, its checksums and plots. Roll it out with {@code ECOSYSTEM_MODEL_DIR=<out>}
 * (and {@code serveModel} when another version serves; docs/operations.md, models on several instances).
 */
@Command(name = "train", mixinStandardHelpOptions = true, sortOptions = false, description = "Train the Ideal Partner Profile model on the configured graph (embedded data directory or NEO4J_URI).")
class TrainJobCommand implements Callable<Integer> {

    @ParentCommand
    private EcosystemGraphCommand parent;

    @Spec
    CommandSpec spec;

    @Mixin
    TrainingArguments training;

    @Override
    public Integer call() {
        return parent.runJob(Map.of(), context -> training.trainAndReport(context.getBean(Driver.class),
                context.getBean(EcosystemProperties.class).neo4j().database(), spec.commandLine().getOut(), spec.commandLine().getErr()));
    }
}
