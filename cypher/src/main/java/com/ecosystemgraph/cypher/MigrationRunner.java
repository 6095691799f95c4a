package com.ecosystemgraph.cypher;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.exceptions.ClientException;

/**
 * Applies the schema migrations in version order, each once, recording each as a
 * {@code __Migration} node with the checksum of its statement.
 *
 * <p>A migration that was applied and then edited is refused (its checksum changed): schema
 * history is append-only, so fix forward with a new version. Statements are written with
 * {@code IF NOT EXISTS} as well, so a run interrupted between applying a statement and recording
 * it converges on the next start. Several instances starting at once on one database migrate one
 * after the other (a lock on the history's version 0), so each migration runs once. See
 * docs/adr/0002-own-migration-runner.md for why this is not a library.
 */
public final class MigrationRunner {

    /** Neo4j's code for "an equivalent index or constraint already exists". */
    private static final String EQUIVALENT_SCHEMA_RULE = "Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists";
    /** Waiting instances wait as long as a first start's migrations may take, not the database's default timeout. */
    private static final TransactionConfig LOCK = TransactionConfig.builder().withTimeout(Duration.ofMinutes(30)).build();

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
    public MigrationRunner(Driver driver, String database, Duration timeout) {
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
            versionConstraint(session);
            // One instance migrates at a time (migration/lock.cypher); the lock's transaction stays open
            // while the statements run in their own ones (schema and data changes cannot share one).
            try (Session lockSession = driver.session(sessionConfig());
                    Transaction lock = lockSession.beginTransaction(LOCK)) {
                lock.run(CypherStatements.query("migration/lock")).consume();
                Result result = apply(session, migrations);
                lock.commit();
                return result;
            }
        }
    }

    /** Instances migrating at once may each create the version constraint; an equivalent one existing is success. */
    private static void versionConstraint(Session session) {
        try {
            session.executeWriteWithoutResult(tx -> tx.run(CypherStatements.query("migration/version-constraint")).consume());
        } catch (ClientException e) {
            if (!EQUIVALENT_SCHEMA_RULE.equals(e.code())) {
                throw e;
            }
        }
    }

    private Result apply(Session session, List<Migration> migrations) {
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
            // Auto-commit: data migrations batch themselves with CALL {} IN TRANSACTIONS.
            session.run(migration.statement(), transactionConfig).consume();
            session.executeWriteWithoutResult(tx -> tx.run(CypherStatements.query("migration/record"), Map.of(
                    "version", migration.version(),
                    "description", migration.description(),
                    "checksum", migration.checksum())).consume());
            newlyApplied++;
        }
        int latest = migrations.isEmpty() ? 0 : migrations.getLast().version();
        return new Result(newlyApplied, migrations.size() - newlyApplied, latest);
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
