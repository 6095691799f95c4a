package com.ecosystemgraph.cli;

import com.ecosystemgraph.scoring.ScoringService;
import com.ecosystemgraph.scoring.model.ModelLoadException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code export-model OUT}: writes a model stored in the database (the serving version, or
 * {@code --version}) into a folder: its model files, its card and its checksum list, checked on the
 * way out. The folder is what {@code ECOSYSTEM_MODEL_DIR} imports into another database (a staging
 * to production rollout, a backup of the model beside a backup of the data).
 */
@Command(name = "export-model", mixinStandardHelpOptions = true, description = "Write a stored model (the serving version, or --version) into a folder that ECOSYSTEM_MODEL_DIR can import "
        + "(embedded data directory or NEO4J_URI).")
class ExportModelCommand implements Callable<Integer> {

    @ParentCommand
    private EcosystemGraphCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--version", paramLabel = "VERSION", description = "The stored version to export (modelVersions lists them); default: the serving one.")
    String version;

    @Parameters(paramLabel = "OUT", description = "A folder that does not exist yet or is empty.")
    Path out;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        String refusal = refusal(out);
        if (refusal != null) {
            err.println("OUT: " + refusal);
            return 64;
        }
        return parent.runJob(Map.of(), context -> {
            ScoringService scoring = context.getBean(ScoringService.class);
            String chosen = version;
            if (chosen == null) {
                var serving = scoring.store().serving();
                if (serving.isEmpty()) {
                    err.println("export-model: no model version serves in this database (modelVersions lists the stored ones; "
                            + "name one with --version)");
                    return 1;
                }
                chosen = serving.get().version();
            }
            try {
                String checksum = scoring.exportVersion(chosen, out);
                spec.commandLine().getOut().printf(
                        "Exported model %s (checksum %s) to %s; import it elsewhere with ECOSYSTEM_MODEL_DIR=%s%n",
                        chosen, checksum, out, out);
                return 0;
            } catch (ModelLoadException e) {
                err.println("export-model: " + e.getMessage() + "; nothing was written");
                return 1;
            }
        });
    }

    /** Why the folder cannot take the model (it exists as a file, or holds files already), or null. */
    private static String refusal(Path folder) {
        if (!Files.exists(folder)) {
            return null;
        }
        if (!Files.isDirectory(folder)) {
            return folder + " is a file, not a folder";
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.findAny().isPresent() ? folder + " is not empty; export into a new or empty folder" : null;
        } catch (IOException e) {
            return folder + " cannot be read (" + e.getMessage() + ")";
        }
    }
}
