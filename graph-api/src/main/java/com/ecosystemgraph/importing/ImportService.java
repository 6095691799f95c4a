package com.ecosystemgraph.importing;

import com.ecosystemgraph.audit.AuditEvent;
import com.ecosystemgraph.audit.AuditTrail;
import com.ecosystemgraph.config.EcosystemProperties;
import com.ecosystemgraph.config.SchemaMigrations;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.neo4j.driver.Driver;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * The import as a service of the application: the configured database, batch size, limits and the
 * jobs' transaction timeout. Every import records one audit event with its counts (an import commits
 * in batches, so its event is written after the last batch: {@code FAILED} with what was written
 * when it stops half-way, {@code REJECTED} when the data had errors and nothing was written).
 */
@Service
public class ImportService {

    private final EcosystemImporter importer;
    private final EcosystemProperties properties;
    private final AuditTrail audit;

    ImportService(Driver driver, EcosystemProperties properties, SchemaMigrations schema, AuditTrail audit) {
        this.importer = new EcosystemImporter(driver, properties.neo4j().database(), properties.neo4j().jobTransactionTimeout());
        this.properties = properties;
        this.audit = audit;
    }

    public ImportReport importFolder(Path folder, LocalDate snapshotDate, EcosystemImporter.Progress progress) {
        var options = new EcosystemImporter.Options(properties.importing().batchSize(),
                properties.importing().maxReportedErrors(), snapshotDate);
        AuditTrail.Actor actor = actor();
        ImportReport report;
        try {
            report = importer.importFolder(folder, options, progress);
        } catch (RuntimeException e) {
            audit.recordSeparately(new AuditTrail.Entry(actor, "import", List.of(), "folder " + folder.getFileName()
                    + ": stopped by a database failure; batches committed before it stay", AuditEvent.Outcome.FAILED));
            throw e;
        }
        String summary = report.succeeded()
                ? String.format(Locale.ROOT, "folder %s: %d rows, %d created, %d updated, %d unchanged (%s)", folder.getFileName(),
                        report.rows(), report.created(), report.updated(), report.unchanged(), String.join(", ", report.files().stream()
                                .map(f -> f.file() + " " + f.created() + "/" + f.updated() + "/" + f.unchanged()).toList()))
                : String.format(Locale.ROOT, "folder %s: %d error(s), nothing imported; first: %s", folder.getFileName(),
                        report.totalProblems(), report.problems().isEmpty() ? "-" : report.problems().getFirst());
        audit.recordSeparately(new AuditTrail.Entry(actor, "import", List.of(), summary,
                report.succeeded() ? AuditEvent.Outcome.SUCCEEDED : AuditEvent.Outcome.REJECTED));
        return report;
    }

    /** The signed-in caller if an import runs for one, else the command (or the demo loader) on the machine. */
    private static AuditTrail.Actor actor() {
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        return who != null && who.isAuthenticated() ? AuditTrail.Actor.of(who) : AuditTrail.Actor.command("import");
    }
}
