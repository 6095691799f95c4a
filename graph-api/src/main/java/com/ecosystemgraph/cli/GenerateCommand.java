package com.ecosystemgraph.cli;

import com.ecosystemgraph.demodata.DemoEcosystemGenerator;
import com.ecosystemgraph.demodata.DemoOptions;
import com.ecosystemgraph.demodata.GenerationSummary;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code generate}: writes the demo ecosystem as CSV v1 files (plus the planted effects and each
 * partner's true success probability under {@code planted/}). Needs no database.
 */
@Command(name = "generate", mixinStandardHelpOptions = true, description = "Write a deterministic demo ecosystem as ecosystem CSV v1 files.")
class GenerateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "FOLDER", description = "Folder to write the CSV files into.")
    Path out;

    @Option(names = "--seed", defaultValue = "42", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--scale", defaultValue = "1.0", description = "Size: 1.0 = 300 partners, 100 prospects, 2,000 customers, 12,000 deals (default: ${DEFAULT-VALUE}).")
    double scale;

    @Option(names = "--snapshot-date", paramLabel = "YYYY-MM-DD", description = "Last day of the generated history (default: 2026-09-30).")
    String snapshotDate;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        DemoOptions options;
        try {
            options = DemoOptions.defaults().withSeed(seed).withScale(scale);
            if (snapshotDate != null) {
                options = options.withSnapshotDate(LocalDate.parse(snapshotDate));
            }
        } catch (DateTimeParseException e) {
            err.println("--snapshot-date: '" + snapshotDate + "' is not a date in the form YYYY-MM-DD");
            return 2;
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return 2;
        }
        long started = System.nanoTime();
        GenerationSummary summary = new DemoEcosystemGenerator().generate(options, this.out);
        for (GenerationSummary.CsvFile file : summary.files()) {
            out.printf(Locale.ROOT, "%-28s %,10d rows%n", file.name(), file.rows());
        }
        out.printf(Locale.ROOT, "Wrote the demo ecosystem (seed %d, scale %s) to %s in %.1f s; planted effects: %s%n",
                seed, scale, summary.folder(), (System.nanoTime() - started) / 1e9, summary.plantedEffects());
        return 0;
    }
}
