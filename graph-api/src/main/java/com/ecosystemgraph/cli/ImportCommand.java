package com.ecosystemgraph.cli;

import com.ecosystemgraph.analytics.Rollups;
import com.ecosystemgraph.importing.EcosystemFile;
import com.ecosystemgraph.importing.EcosystemImporter;
import com.ecosystemgraph.importing.ImportProblem;
import com.ecosystemgraph.importing.ImportReport;
import com.ecosystemgraph.importing.ImportService;
import com.ecosystemgraph.scoring.ScoringService;
import com.ecosystemgraph.scoring.model.ModelLoadException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code import <folder>}: imports an ecosystem CSV v1 folder into the configured database
 * (embedded, or {@code NEO4J_URI}). Never loads the demo ecosystem.
 *
 * <p>Every file is checked before the database starts, so a broken row is reported in a second or
 * two, as {@code file:line: column: reason} on stderr. Logging stays at warnings unless
 * {@code --verbose}. Exit codes: 0 done; 1 the data has errors (nothing was imported); 2 the
 * database failed (one line says why); 64 bad usage (sysexits' EX_USAGE).
 */
@Command(name = "import", mixinStandardHelpOptions = true, exitCodeOnInvalidInput = ImportCommand.USAGE, description = "Import a folder of ecosystem CSV v1 files (partners.csv, customers.csv, ...) into the graph.")
class ImportCommand implements Callable<Integer> {

    static final int DATA_ERRORS = 1;
    static final int DATABASE_FAILED = 2;
    static final int USAGE = 64;

    @ParentCommand
    private EcosystemGraphCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FOLDER", description = "Folder holding the CSV files.")
    Path folder;

    @Option(names = "--snapshot-date", paramLabel = "YYYY-MM-DD", description = "Date that 'trailing 12 months' counts back from (default: the newest date in the data).")
    String snapshotDate;

    @Option(names = "--batch-size", paramLabel = "ROWS", description = "Rows per write transaction (default: ${DEFAULT-VALUE}).", defaultValue = "2000")
    int batchSize;

    @Option(names = "--no-progress", description = "Do not draw progress bars.")
    boolean noProgress;

    @Option(names = "--verbose", description = "Log what the service does while it imports (INFO); by default only warnings.")
    boolean verbose;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        EcosystemImporter.Options options = options(err);
        if (options == null) {
            return USAGE;
        }
        LocalDate snapshot = options.snapshotDate();
        // The files first, without a database: a broken row is reported before anything starts.
        ImportReport checked = EcosystemImporter.checkFiles(folder.toAbsolutePath(), options);
        if (!checked.succeeded()) {
            return rejected(checked, err);
        }
        Map<String, Object> properties = new HashMap<>();
        properties.put("ecosystem.importing.batch-size", String.valueOf(batchSize));
        if (!verbose) {
            properties.put("logging.level.root", "WARN");
        }
        ConfigurableApplicationContext context;
        try {
            context = parent.startForJob(properties);
        } catch (RuntimeException e) {
            err.println("import: the database could not start, nothing was imported: " + EcosystemGraphCommand.oneLine(e));
            return DATABASE_FAILED;
        }
        try (context; BarProgress progress = new BarProgress(noProgress)) {
            ImportReport report;
            try {
                report = context.getBean(ImportService.class).importFolder(folder.toAbsolutePath(), snapshot, progress);
            } catch (RuntimeException e) {
                progress.close();
                err.println("import: the database failed: " + EcosystemGraphCommand.oneLine(e)
                        + " (batches committed before it stay; importing the folder again completes it)");
                return DATABASE_FAILED;
            }
            progress.close();
            report.warnings().forEach(w -> err.println("warning: " + w));
            if (!report.succeeded()) {
                return rejected(report, err);
            }
            printSummary(out, report);
            if (!report.changed()) {
                out.println("Nothing changed: the analytics rollups and the scores are as they were.");
                return 0;
            }
            if (!rebuildRollups(context, out, err)) {
                return DATABASE_FAILED;
            }
            score(context.getBean(ScoringService.class), out, err);
            return 0;
        }
    }

    /** The command's options checked without a database; null (the reason said on err) when one is wrong. */
    private EcosystemImporter.Options options(PrintWriter err) {
        LocalDate snapshot;
        try {
            snapshot = snapshotDate == null ? null : LocalDate.parse(snapshotDate);
        } catch (DateTimeParseException e) {
            err.println("--snapshot-date: '" + snapshotDate + "' is not a date in the form YYYY-MM-DD");
            return null;
        }
        if (!Files.isDirectory(folder)) {
            err.println("FOLDER: " + folder + " does not exist or is not a folder");
            return null;
        }
        try {
            return new EcosystemImporter.Options(batchSize, 50, snapshot);
        } catch (IllegalArgumentException e) {
            err.println("--batch-size: " + e.getMessage());
            return null;
        }
    }

    /** Rebuilds the analytics rollups after a change; false (said on err) when the database failed. */
    private static boolean rebuildRollups(ConfigurableApplicationContext context, PrintWriter out, PrintWriter err) {
        try {
            Rollups.Refresh rollups = context.getBean(Rollups.class).refresh();
            out.printf(Locale.ROOT, "Rebuilt the analytics rollups (%d deal months, %d partners) in %.1f s.%n", rollups.months(),
                    rollups.partners(), rollups.took().toMillis() / 1000.0);
            return true;
        } catch (RuntimeException e) {
            err.println("import: the rows were imported, but rebuilding the analytics rollups failed: " + EcosystemGraphCommand.oneLine(e)
                    + " (run rebuild-rollups, or the service rebuilds them before its next analysis)");
            return false;
        }
    }

    private static int rejected(ImportReport report, PrintWriter err) {
        report.warnings().forEach(w -> err.println("warning: " + w));
        for (ImportProblem problem : report.problems()) {
            err.println(problem);
        }
        long hidden = report.totalProblems() - report.problems().size();
        err.printf(Locale.ROOT, "%d error(s)%s; nothing was imported.%n", report.totalProblems(),
                hidden > 0 ? " (" + hidden + " more not shown)" : "");
        return DATA_ERRORS;
    }

    /**
     * Rescores every partner and prospect with the model the service would serve, so lists ordered
     * by score are right as soon as the service is up again. The data is already imported: a model
     * problem is reported, not an import failure.
     */
    private static void score(ScoringService scoring, PrintWriter out, PrintWriter err) {
        try {
            scoring.scoreWithStoredModel().ifPresentOrElse(
                    version -> scoring.lastRescore().ifPresent(t -> out.printf(Locale.ROOT,
                            "Scored %d partners and prospects with model %s in %.1f s.%n", t.rows(), version,
                            t.total().toMillis() / 1000.0)),
                    () -> out.println("No trained model yet: the service trains one and scores everything at its next start."));
        } catch (ModelLoadException e) {
            err.println("warning: scores were not updated, the model was refused: " + e.getMessage());
        }
    }

    static void printSummary(PrintWriter out, ImportReport report) {
        out.printf(Locale.ROOT, "%-28s %10s %10s %10s %10s %12s %12s %10s%n", "file", "rows", "created", "updated", "unchanged",
                "rels created", "rels removed", "rows/s");
        for (ImportReport.FileReport file : report.files()) {
            out.printf(Locale.ROOT, "%-28s %10d %10d %10d %10d %12d %12d %10.0f%n", file.file(), file.rows(), file.created(),
                    file.updated(), file.unchanged(), file.relationshipsCreated(), file.relationshipsDeleted(),
                    file.rows() / Math.max(file.writeTime().toNanos() / 1e9, 1e-9));
        }
        out.printf(Locale.ROOT, "Imported %d rows in %.1f s (%.0f rows/s): %d created, %d updated, %d unchanged.%n", report.rows(),
                report.elapsed().toMillis() / 1000.0, report.rowsPerSecond(), report.created(), report.updated(), report.unchanged());
    }
    /** One progress bar per file while writing. */
    private static final class BarProgress implements EcosystemImporter.Progress, AutoCloseable {
        private final boolean disabled;
        private ProgressBar bar;

        BarProgress(boolean disabled) {
            this.disabled = disabled;
        }

        @Override
        public void writing(EcosystemFile file, long rows) {
            close();
            if (!disabled) {
                bar = new ProgressBarBuilder().setTaskName(String.format(Locale.ROOT, "%-26s", file.fileName()))
                        .setInitialMax(rows).setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(250)
                        .continuousUpdate().build();
            }
        }

        @Override
        public void written(EcosystemFile file, long rows) {
            if (bar != null) {
                bar.stepBy(rows);
            }
        }

        @Override
        public void close() {
            if (bar != null) {
                bar.close();
                bar = null;
            }
        }
    }
}
