package com.ecosystemgraph.importing;

import com.ecosystemgraph.cypher.CypherStatements;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.summary.SummaryCounters;

/**
 * The second pass of an import: streams the validated files again and writes them in batches of
 * {@code UNWIND} + {@code MERGE} in managed (retried) transactions, file by file in the format's
 * order, then records the snapshot date; counts what each file created and changed for the report.
 */
final class ImportWriter {

    private final Driver driver;
    private final SessionConfig sessionConfig;
    private final TransactionConfig transactionConfig;

    ImportWriter(Driver driver, SessionConfig sessionConfig, TransactionConfig transactionConfig) {
        this.driver = driver;
        this.sessionConfig = sessionConfig;
        this.transactionConfig = transactionConfig;
    }

    List<ImportReport.FileReport> write(Path folder, EcosystemImporter.Options options, EcosystemImporter.Progress progress,
            ImportValidation v) {
        List<ImportReport.FileReport> reports = new ArrayList<>();
        try (Session session = driver.session(sessionConfig)) {
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
            EcosystemImporter.Progress progress, ImportValidation v) {
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
            EcosystemFile file, EcosystemImporter.Progress progress) {
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
}
