package com.ecosystemgraph.importing;

import com.ecosystemgraph.graph.NodeKind;
import com.ecosystemgraph.cypher.CypherStatements;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.summary.SummaryCounters;

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
        Validation v = new EcosystemImporter(null, null).validateFiles(folder, options, Progress.NONE);
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
        Validation validation = validate(folder, options, progress);
        if (validation.problemCount > 0) {
            return new ImportReport(List.of(), validation.warnings, validation.sortedProblems(options.maxProblems()),
                    validation.problemCount, Duration.ofNanos(System.nanoTime() - started));
        }
        List<ImportReport.FileReport> files = write(folder, options, progress, validation);
        return new ImportReport(files, validation.warnings, List.of(), 0, Duration.ofNanos(System.nanoTime() - started));
    }

    // ---- pass 1: validation ----------------------------------------------------------------

    private Validation validate(Path folder, Options options, Progress progress) {
        Validation v = validateFiles(folder, options, progress);
        resolvePendingReferences(v);
        return v;
    }

    private Validation validateFiles(Path folder, Options options, Progress progress) {
        Validation v = new Validation(options.maxProblems());
        if (!Files.isDirectory(folder)) {
            v.problem(EcosystemFile.PARTNERS.fileName(), 0, "", "the folder " + folder + " does not exist or is not a folder");
            return v;
        }
        warnAboutUnknownFiles(folder, v);
        for (EcosystemFile file : EcosystemFile.values()) {
            Path path = folder.resolve(file.fileName());
            if (!Files.isRegularFile(path)) {
                if (file.mandatory()) {
                    v.problem(file.fileName(), 0, "", "file is missing: every import needs partners.csv");
                }
                continue;
            }
            progress.validating(file);
            validateFile(file, path, v);
        }
        return v;
    }

    private static void warnAboutUnknownFiles(Path folder, Validation v) {
        Set<String> known = new HashSet<>();
        for (EcosystemFile file : EcosystemFile.values()) {
            known.add(file.fileName());
        }
        try (Stream<Path> entries = Files.list(folder)) {
            entries.filter(Files::isRegularFile)
                    .map(p -> p.getFileName().toString())
                    .filter(name -> name.toLowerCase(Locale.ROOT).endsWith(".csv") && !known.contains(name))
                    .sorted()
                    .forEach(name -> v.warnings.add(name + ": not a file of the ecosystem CSV v1 format, ignored"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + folder, e);
        }
    }

    private void validateFile(EcosystemFile file, Path path, Validation v) {
        String name = file.fileName();
        FileState state = new FileState();
        try {
            CsvRows.read(path, header -> {
                state.header = header.names();
                Set<String> seen = new HashSet<>();
                for (String column : header.names()) {
                    if (!seen.add(column)) {
                        v.problem(name, 1, column, "column appears more than once in the header");
                    } else if (file.column(column).isEmpty()) {
                        v.warnings.add(name + ": column '" + column + "' is not part of the format, ignored");
                    }
                }
                for (String missing : RowRules.missingRequiredColumns(file, seen)) {
                    v.problem(name, 1, missing, "required column is missing from the header");
                    state.unusable = true;
                }
                state.present = seen;
            }, row -> {
                state.rows++;
                if (state.unusable) {
                    return;
                }
                if (row.fieldCount() != state.header.size()) {
                    v.problem(name, row.line(), "", "row has " + row.fieldCount() + " fields but the header has "
                            + state.header.size());
                    return;
                }
                List<RowRules.Violation> violations = new ArrayList<>();
                RowRules.Values values = RowRules.check(file, row.cells(), state.present, violations);
                for (RowRules.Violation violation : violations) {
                    v.problem(name, row.line(), violation.column(), violation.reason());
                }
                v.noteDates(values);
                checkKeys(file, row.line(), values, v);
                checkReferences(file, row.line(), values, v);
            });
        } catch (CsvRows.CsvFormatException e) {
            v.problem(name, e.line(), "", e.getMessage());
        }
        v.rowCounts.put(file, state.rows);
    }

    private static final class FileState {
        List<String> header = List.of();
        Set<String> present = Set.of();
        boolean unusable;
        long rows;
    }

    private static void checkKeys(EcosystemFile file, long line, RowRules.Values values, Validation v) {
        String key = switch (file) {
            case CUSTOMER_INTEGRATIONS -> pair(values, "customer_id", "integration_id");
            case DEAL_PARTNERS -> pair(values, "deal_id", "partner_id");
            case PARTNER_CUSTOMERS -> pair(values, "partner_id", "customer_id");
            case REFERRALS -> pair(values, "referrer_id", "referred_id");
            default -> values.text("id");
        };
        if (key == null) {
            return;
        }
        Long first = v.keys.computeIfAbsent(file, f -> new HashMap<>()).putIfAbsent(key, line);
        if (first != null) {
            String what = file.nodeKind() != null ? "id '" + key + "'" : "the pair " + key.replace('\u0000', '/');
            v.problem(file.fileName(), line, file.nodeKind() != null ? "id" : "", what + " already appears on line " + first);
        }
    }

    private static String pair(RowRules.Values values, String a, String b) {
        String left = values.text(a);
        String right = values.text(b);
        return left == null || right == null ? null : left + '\u0000' + right;
    }

    private static void checkReferences(EcosystemFile file, long line, RowRules.Values values, Validation v) {
        file.references().forEach((column, kinds) -> {
            String id = values.text(column);
            if (id == null) {
                return;
            }
            List<NodeKind> found = new ArrayList<>(2);
            for (NodeKind kind : kinds) {
                if (v.importedIds(kind).containsKey(id)) {
                    found.add(kind);
                }
            }
            if (found.size() > 1) {
                v.problem(file.fileName(), line, column,
                        "'" + id + "' names both a partner and a customer: ids must be distinct across kinds");
            } else if (found.isEmpty()) {
                v.pending.computeIfAbsent(id, k -> new PendingReference(kinds, new ArrayList<>()))
                        .locations().add(new Location(file.fileName(), line, column));
            }
        });
    }

    private record Location(String file, long line, String column) {
    }

    private record PendingReference(List<NodeKind> kinds, List<Location> locations) {
    }

    /** References to ids not in the import must name nodes already in the graph. */
    private void resolvePendingReferences(Validation v) {
        if (v.pending.isEmpty()) {
            return;
        }
        Map<NodeKind, Set<String>> existing = new EnumMap<>(NodeKind.class);
        Map<NodeKind, List<String>> wanted = new EnumMap<>(NodeKind.class);
        v.pending.forEach((id, ref) -> ref.kinds().forEach(kind -> wanted.computeIfAbsent(kind, k -> new ArrayList<>()).add(id)));
        try (Session session = driver.session(sessionConfig())) {
            wanted.forEach((kind, ids) -> {
                Set<String> found = new HashSet<>();
                for (int from = 0; from < ids.size(); from += 10_000) {
                    List<String> chunk = ids.subList(from, Math.min(ids.size(), from + 10_000));
                    found.addAll(session.executeRead(tx -> tx.run(CypherStatements.query(
                            "import/existing-" + kind.name().toLowerCase(Locale.ROOT) + "-ids"), Map.of("ids", chunk))
                            .list(r -> r.get("id").asString())));
                }
                existing.put(kind, found);
            });
        }
        v.pending.forEach((id, ref) -> {
            List<NodeKind> found = ref.kinds().stream().filter(k -> existing.getOrDefault(k, Set.of()).contains(id)).toList();
            for (Location at : ref.locations()) {
                if (found.isEmpty()) {
                    v.problem(at.file(), at.line(), at.column(), "unknown " + describe(ref.kinds()) + " id '" + id
                            + "': not in " + files(ref.kinds()) + " and not in the graph");
                } else if (found.size() > 1) {
                    v.problem(at.file(), at.line(), at.column(), "'" + id
                            + "' names both a partner and a customer in the graph: ids must be distinct across kinds");
                }
            }
            if (found.size() == 1) {
                v.graphKinds.put(id, found.getFirst());
            }
        });
    }

    private static String describe(List<NodeKind> kinds) {
        return String.join(" or ", kinds.stream().map(k -> k.name().toLowerCase(Locale.ROOT)).toList());
    }

    private static String files(List<NodeKind> kinds) {
        List<String> names = new ArrayList<>();
        for (NodeKind kind : kinds) {
            for (EcosystemFile file : EcosystemFile.values()) {
                if (file.nodeKind() == kind) {
                    names.add(file.fileName());
                }
            }
        }
        return String.join(" or ", names);
    }

    /** Everything the first pass learns. */
    private static final class Validation {
        final int maxProblems;
        final List<String> warnings = new ArrayList<>();
        final List<ImportProblem> problems = new ArrayList<>();
        long problemCount;
        final Map<EcosystemFile, Map<String, Long>> keys = new EnumMap<>(EcosystemFile.class);
        final Map<String, PendingReference> pending = new HashMap<>();
        final Map<String, NodeKind> graphKinds = new HashMap<>();
        final Map<EcosystemFile, Long> rowCounts = new EnumMap<>(EcosystemFile.class);
        LocalDate newestDate;

        Validation(int maxProblems) {
            this.maxProblems = maxProblems;
        }

        void problem(String file, long line, String column, String reason) {
            problemCount++;
            // Keep more than shown so that the shown ones are the first by file and line after sorting.
            if (problems.size() < Math.max(maxProblems * 20, 1_000)) {
                problems.add(new ImportProblem(file, line, column, reason));
            }
        }

        List<ImportProblem> sortedProblems(int cap) {
            Map<String, Integer> order = new HashMap<>();
            for (EcosystemFile file : EcosystemFile.values()) {
                order.put(file.fileName(), file.ordinal());
            }
            return problems.stream()
                    .sorted(Comparator.comparing((ImportProblem p) -> order.getOrDefault(p.file(), -1))
                            .thenComparingLong(ImportProblem::line))
                    .limit(cap)
                    .toList();
        }

        Map<String, Long> importedIds(NodeKind kind) {
            for (EcosystemFile file : EcosystemFile.values()) {
                if (file.nodeKind() == kind) {
                    return keys.getOrDefault(file, Map.of());
                }
            }
            return Map.of();
        }

        void noteDates(RowRules.Values values) {
            for (Object value : values.byColumn().values()) {
                if (value instanceof LocalDate date && (newestDate == null || date.isAfter(newestDate))) {
                    newestDate = date;
                }
            }
        }

        NodeKind kindOf(String id, List<NodeKind> kinds) {
            for (NodeKind kind : kinds) {
                if (importedIds(kind).containsKey(id)) {
                    return kind;
                }
            }
            return graphKinds.get(id);
        }
    }

    // ---- pass 2: writing -------------------------------------------------------------------

    private List<ImportReport.FileReport> write(Path folder, Options options, Progress progress, Validation v) {
        List<ImportReport.FileReport> reports = new ArrayList<>();
        try (Session session = driver.session(sessionConfig())) {
            for (EcosystemFile file : EcosystemFile.values()) {
                Path path = folder.resolve(file.fileName());
                if (!v.rowCounts.containsKey(file)) {
                    continue;
                }
                progress.writing(file, v.rowCounts.get(file));
                reports.add(writeFile(session, file, path, options.batchSize(), progress, v));
            }
            LocalDate snapshot = options.snapshotDate() != null ? options.snapshotDate() : v.newestDate;
            if (snapshot != null) {
                Map<String, Object> params = new HashMap<>();
                params.put("snapshotDate", snapshot);
                params.put("explicit", options.snapshotDate() != null);
                session.executeWrite(tx -> tx.run(CypherStatements.query("import/record-snapshot"), params).consume(), transactionConfig);
            }
        }
        return reports;
    }

    private ImportReport.FileReport writeFile(Session session, EcosystemFile file, Path path, int batchSize,
            Progress progress, Validation v) {
        String statement = CypherStatements.query(file.statement());
        long started = System.nanoTime();
        Counts counts = new Counts();
        List<Map<String, Object>> batch = new ArrayList<>(batchSize);
        Set<String> present = new LinkedHashSet<>();
        CsvRows.read(path, header -> present.addAll(header.names()), row -> {
            List<RowRules.Violation> violations = new ArrayList<>();
            RowRules.Values values = RowRules.check(file, row.cells(), present, violations);
            if (!violations.isEmpty()) {
                throw new IllegalStateException(file.fileName() + " changed during the import (line " + row.line() + ")");
            }
            batch.add(RowParameters.of(file, values, v::kindOf));
            counts.rows++;
            if (batch.size() == batchSize) {
                flush(session, statement, batch, counts, file, progress);
            }
        });
        if (!batch.isEmpty()) {
            flush(session, statement, batch, counts, file, progress);
        }
        return new ImportReport.FileReport(file.fileName(), counts.rows, counts.created, counts.updated, counts.relationshipsCreated,
                counts.relationshipsDeleted, counts.propertiesSet, Duration.ofNanos(System.nanoTime() - started));
    }

    private static final class Counts {
        long rows;
        long created;
        long updated;
        long relationshipsCreated;
        long relationshipsDeleted;
        long propertiesSet;
    }

    private void flush(Session session, String statement, List<Map<String, Object>> batch, Counts counts,
            EcosystemFile file, Progress progress) {
        List<Map<String, Object>> rows = List.copyOf(batch);
        long[] rowCounts = new long[2];
        SummaryCounters c = session.executeWrite(tx -> {
            var result = tx.run(statement, Map.of("rows", rows));
            var record = result.single();
            rowCounts[0] = record.get("created").asLong();
            rowCounts[1] = record.get("updated").asLong();
            return result.consume().counters();
        }, transactionConfig);
        counts.created += rowCounts[0];
        counts.updated += rowCounts[1];
        counts.relationshipsCreated += c.relationshipsCreated();
        counts.relationshipsDeleted += c.relationshipsDeleted();
        counts.propertiesSet += c.propertiesSet();
        batch.clear();
        progress.written(file, rows.size());
    }

    private SessionConfig sessionConfig() {
        return database == null || database.isBlank() ? SessionConfig.defaultConfig() : SessionConfig.forDatabase(database);
    }
}
