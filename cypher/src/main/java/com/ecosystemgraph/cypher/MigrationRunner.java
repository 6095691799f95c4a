package com.ecosystemgraph.cypher;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;

/**
 * Applies the schema migrations in version order, each once, recording each as a
 * {@code __Migration} node with the checksum of its statement.
 *
 * <p>A migration that was applied and then edited is refused (its checksum changed): schema
 * history is append-only, so fix forward with a new version. Statements are written with
 * {@code IF NOT EXISTS} as well, so a run interrupted between applying a statement and recording
 * it converges on the next start. See docs/adr/0002-own-migration-runner.md for why this is not
 * a library.
 */
public final class MigrationRunner {

    private final Driver driver;
    private final String database;

    private final TransactionConfig transactionConfig;

    public MigrationRunner(Driver driver, String database) {
        this(driver, database, null);
    }

    /**
     * @param timeout longest a migration may run (a migration is not a user request: it gets the
     *     jobs' timeout, not the requests' one); {@code null} for the database's default
     */
    public MigrationRunner(Driver driver, String database, java.time.Duration timeout) {
        this.driver = driver;
        this.database = database;
        this.transactionConfig = timeout == null ? TransactionConfig.empty() : TransactionConfig.builder().withTimeout(timeout).build();
    }

    /** What a run did. */
    public record Result(int applied, int alreadyApplied, int latestVersion) {
    }

    public Result migrate() {
        return migrate(MigrationCatalog.load());
    }

    /** Applies the given migrations (normally {@link MigrationCatalog#load()}). */
    public Result migrate(List<Migration> migrations) {
        try (Session session = driver.session(sessionConfig())) {
            session.run(CypherStatements.query("migration/version-constraint")).consume();
            Map<Integer, String> applied = session.executeRead(tx -> tx.run(CypherStatements.query("migration/applied"))
                    .list(r -> Map.entry(r.get("version").asInt(), r.get("checksum").asString())))
                    .stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
            int newlyApplied = 0;
            for (Migration migration : migrations) {
                String checksum = applied.get(migration.version());
                if (checksum != null) {
                    if (!checksum.equals(migration.checksum())) {
                        throw new MigrationException("Migration V" + migration.version() + " (" + migration.description()
                                + ") was changed after it was applied; add a new migration instead of editing it");
                    }
                    continue;
                }
                session.run(migration.statement(), transactionConfig).consume();
                session.executeWrite(tx -> tx.run(CypherStatements.query("migration/record"), Map.of(
                        "version", migration.version(),
                        "description", migration.description(),
                        "checksum", migration.checksum())).consume());
                newlyApplied++;
            }
            int latest = migrations.isEmpty() ? 0 : migrations.getLast().version();
            return new Result(newlyApplied, migrations.size() - newlyApplied, latest);
        }
    }

    private SessionConfig sessionConfig() {
        return Optional.ofNullable(database).filter(d -> !d.isBlank())
                .map(SessionConfig::forDatabase).orElseGet(SessionConfig::defaultConfig);
    }

    /** A migration history that cannot be applied as it stands. */
    public static final class MigrationException extends RuntimeException {
        public MigrationException(String message) {
            super(message);
        }
    }
}
