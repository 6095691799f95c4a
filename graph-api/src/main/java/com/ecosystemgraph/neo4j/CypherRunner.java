package com.ecosystemgraph.neo4j;

import com.ecosystemgraph.cypher.CypherStatements;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Collection;
import java.util.HashMap;
import java.util.stream.Collectors;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import com.ecosystemgraph.config.EcosystemProperties;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.data.neo4j.core.DatabaseSelectionProvider;
import org.springframework.data.neo4j.core.Neo4jPersistenceExceptionTranslator;
import org.springframework.data.neo4j.core.UserSelection;
import org.springframework.data.neo4j.core.transaction.Neo4jBookmarkManager;
import org.springframework.data.neo4j.core.transaction.Neo4jTransactionUtils;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Runs the named Cypher statements of the API through Spring Data Neo4j's client (inside the
 * caller's transaction, read-only for reads), timing each as {@code ecosystem.cypher} tagged with
 * the statement name, and counting them so tests can prove a query shape issues a fixed number
 * of statements.
 */
@Component
public class CypherRunner {

    private static final Neo4jPersistenceExceptionTranslator TRANSLATOR = new Neo4jPersistenceExceptionTranslator();

    private final Neo4jClient client;
    private final MeterRegistry meters;
    private final Driver driver;
    private final DatabaseSelectionProvider databases;
    private final Neo4jBookmarkManager bookmarks;
    private final TransactionConfig readConfig;
    private final Map<String, Timer> timers = new ConcurrentHashMap<>();
    private final AtomicLong executed = new AtomicLong();

    /** Without the driver: {@link #read} is not available (for tests of statements run through the client). */
    public CypherRunner(Neo4jClient client, MeterRegistry meters) {
        this.client = client;
        this.meters = meters;
        this.driver = null;
        this.databases = null;
        this.bookmarks = null;
        this.readConfig = null;
    }

    @Autowired
    public CypherRunner(Neo4jClient client, MeterRegistry meters, Driver driver, DatabaseSelectionProvider databases,
            Neo4jBookmarkManager bookmarks, EcosystemProperties properties) {
        this.client = client;
        this.meters = meters;
        this.driver = driver;
        this.databases = databases;
        this.bookmarks = bookmarks;
        this.readConfig = TransactionConfig.builder().withTimeout(properties.neo4j().transactionTimeout()).build();
    }

    @SuppressWarnings("unchecked")
    public <T> List<T> list(String statement, Map<String, Object> parameters, Function<Record, T> mapper) {
        Class<T> rows = (Class<T>) Object.class;
        return timed(statement, () -> List.copyOf(client.query(CypherStatements.query(statement)).bindAll(parameters)
                .fetchAs(rows).mappedBy((types, record) -> mapper.apply(record)).all()));
    }

    /**
     * Runs a read-only statement composed from fragment files (see {@code graphql.join}) in an
     * auto-commit transaction of a read session: one round trip, no BEGIN and COMMIT (measured in
     * docs/benchmarks.md), routed to a follower in a cluster, after the service's own earlier writes
     * (shared bookmarks), within {@code ecosystem.neo4j.transaction-timeout}. {@code label} names it in
     * the timer (the root fragment), since the composed text varies with the query's selection.
     */
    public <T> List<T> read(String label, String cypher, Map<String, Object> parameters, Function<Record, T> mapper) {
        if (driver == null) {
            throw new IllegalStateException("This CypherRunner was made without a driver");
        }
        return timed(label, () -> {
            SessionConfig config = Neo4jTransactionUtils.sessionConfig(true, bookmarks.getBookmarks(),
                    databases.getDatabaseSelection(), UserSelection.connectedUser());
            try (Session session = driver.session(config)) {
                return session.run(cypher, parameters, readConfig).list(mapper::apply);
            } catch (RuntimeException e) {
                DataAccessException translated = TRANSLATOR.translateExceptionIfPossible(e);
                throw translated == null ? e : translated;
            }
        });
    }

    public <T> Optional<T> one(String statement, Map<String, Object> parameters, Function<Record, T> mapper) {
        List<T> rows = list(statement, parameters, mapper);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.getFirst());
    }

    /** Runs a write statement; returns what the summary counted. */
    public org.neo4j.driver.summary.SummaryCounters write(String statement, Map<String, Object> parameters) {
        return timed(statement, () -> client.query(CypherStatements.query(statement)).bindAll(parameters).run().counters());
    }

    /** Statements run since start (for tests and diagnostics). */
    public long executedStatements() {
        return executed.get();
    }

    private <T> T timed(String statement, java.util.function.Supplier<T> work) {
        executed.incrementAndGet();
        Timer timer = timers.computeIfAbsent(statement, name -> Timer.builder("ecosystem.cypher")
                .description("Cypher statements run by the API, by statement file")
                .tag("statement", name).publishPercentileHistogram().register(meters));
        return timer.record(work);
    }

    /**
     * Runs a batched list statement ({@code UNWIND $ids AS id ... RETURN id, ...}) and groups the
     * rows by parent id.
     */
    public <T> Map<String, List<T>> grouped(String statement, List<String> ids, Function<Record, T> mapper) {
        return list(statement, Map.of("ids", ids), r -> Map.entry(r.get("id").asString(), mapper.apply(r))).stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }

    /** Spreads lists grouped by parent id over the parents of a batch (parents without any get an empty list). */
    public static <P, T> Map<P, List<T>> byParent(List<P> parents, Function<P, String> id, Map<String, List<T>> byId) {
        Map<P, List<T>> result = new HashMap<>();
        for (P parent : parents) {
            result.put(parent, byId.getOrDefault(id.apply(parent), List.of()));
        }
        return result;
    }

    /** For to-one fields: the first element found per parent id; parents without any are left out (null). */
    public static <P, T> Map<P, T> firstByParent(List<P> parents, Function<P, String> id, Map<String, List<T>> byId) {
        Map<P, T> result = new HashMap<>();
        for (P parent : parents) {
            List<T> found = byId.get(id.apply(parent));
            if (found != null && !found.isEmpty()) {
                result.put(parent, found.getFirst());
            }
        }
        return result;
    }

    /** Parameter helper: ids of a batch of parents. */
    public static <T> List<String> ids(Collection<T> items, Function<T, String> id) {
        return items.stream().map(id).distinct().toList();
    }
}
