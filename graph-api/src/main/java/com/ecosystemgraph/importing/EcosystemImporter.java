package com.ecosystemgraph.importing;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;

/**
 * Imports a folder of ecosystem CSV v1 files into the graph.
 *
 * <p>Two passes over the files. The first parses and checks every row of every file (columns,
 * types, enums, dates, duplicate keys, references to ids in the import or already in the graph)
 * and writes nothing; if anything is wrong the import stops with the list of problems and the
 * graph is untouched. The second streams the files again and writes them in batches of
 * {@code UNWIND} + {@code MERGE} in managed (retried) transactions. Every write is keyed by the
 * source ids, so importing the same folder twice changes nothing, and re-running an import that
 * was interrupted converges to the graph of a clean run. Only id sets are kept in memory, never
 * the rows, so a folder of millions of rows imports in bounded memory.
 *
 * <p>By stage: {@link FileValidation} reads, parses and validates the files; {@link GraphReferences}
 * looks up the references to ids already in the graph; {@link ImportWriter} writes; the state of the
 * first pass is an {@link ImportValidation}, the result an {@link ImportReport}.
 */
public final class EcosystemImporter {

    private final Driver driver;
    private final String database;
    private final TransactionConfig transactionConfig;

    public EcosystemImporter(Driver driver, String database) {
        this(driver, database, null);
    }

    /**
     * @param jobTimeout longest a write transaction of the import may run (an import is not a user
     *     request: it gets the job timeout, not the requests' one); {@code null} for the database default
     */
    public EcosystemImporter(Driver driver, String database, java.time.Duration jobTimeout) {
        this.driver = driver;
        this.database = database;
        this.transactionConfig = jobTimeout == null
                ? TransactionConfig.empty()
                : TransactionConfig.builder().withTimeout(jobTimeout).build();
    }

    /**
     * The checks that need no database, for a quick answer before one starts: every row of every
     * file against the format (columns, types, values, dates, duplicate keys, references between the
     * files). References to ids that are not in the files are checked against the graph by
     * {@link #importFolder} later.
     */
    public static ImportReport checkFiles(Path folder, Options options) {
        long started = System.nanoTime();
        ImportValidation v = FileValidation.validateFiles(folder, options, Progress.NONE);
        return new ImportReport(List.of(), v.warnings, v.sortedProblems(options.maxProblems()), v.problemCount,
                Duration.ofNanos(System.nanoTime() - started));
    }

    /**
     * @param batchSize rows per write transaction
     * @param maxProblems problems kept in the report (all are counted)
     * @param snapshotDate the snapshot date to record, or {@code null} for the newest date in the data
     */
    public record Options(int batchSize, int maxProblems, LocalDate snapshotDate) {
        public Options {
            if (batchSize < 1 || batchSize > 50_000) {
                throw new IllegalArgumentException("batch size must be 1..50000, got " + batchSize);
            }
            if (maxProblems < 1) {
                throw new IllegalArgumentException("maxProblems must be at least 1, got " + maxProblems);
            }
        }

        public static Options defaults() {
            return new Options(2_000, 50, null);
        }
    }

    /** Callbacks for a progress display; all optional. */
    public interface Progress {
        default void validating(EcosystemFile file) {
        }

        default void writing(EcosystemFile file, long rows) {
        }

        /** Called after each committed batch. */
        default void written(EcosystemFile file, long rows) {
        }

        Progress NONE = new Progress() {
        };
    }

    public ImportReport importFolder(Path folder, Options options, Progress progress) {
        long started = System.nanoTime();
        ImportValidation validation = validate(folder, options, progress);
        if (validation.problemCount > 0) {
            return new ImportReport(List.of(), validation.warnings, validation.sortedProblems(options.maxProblems()),
                    validation.problemCount, Duration.ofNanos(System.nanoTime() - started));
        }
        List<ImportReport.FileReport> files = write(folder, options, progress, validation);
        return new ImportReport(files, validation.warnings, List.of(), 0, Duration.ofNanos(System.nanoTime() - started));
    }

    private ImportValidation validate(Path folder, Options options, Progress progress) {
        ImportValidation v = FileValidation.validateFiles(folder, options, progress);
        new GraphReferences(driver, sessionConfig()).resolve(v);
        return v;
    }

    private List<ImportReport.FileReport> write(Path folder, Options options, Progress progress, ImportValidation validation) {
        return new ImportWriter(driver, sessionConfig(), transactionConfig).write(folder, options, progress, validation);
    }

    private SessionConfig sessionConfig() {
        return database == null || database.isBlank() ? SessionConfig.defaultConfig() : SessionConfig.forDatabase(database);
    }
}
