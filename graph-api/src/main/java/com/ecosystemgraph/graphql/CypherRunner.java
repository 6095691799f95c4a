package com.ecosystemgraph.graphql;

import com.ecosystemgraph.cypher.CypherStatements;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Collection;
import java.util.HashMap;
import java.util.stream.Collectors;
import org.neo4j.driver.Value;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.neo4j.driver.Record;
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

    private final Neo4jClient client;
    private final MeterRegistry meters;
    private final Map<String, Timer> timers = new ConcurrentHashMap<>();
    private final AtomicLong executed = new AtomicLong();

    public CypherRunner(Neo4jClient client, MeterRegistry meters) {
        this.client = client;
        this.meters = meters;
    }

    @SuppressWarnings("unchecked")
    public <T> List<T> list(String statement, Map<String, Object> parameters, Function<Record, T> mapper) {
        Class<T> rows = (Class<T>) Object.class;
        return timed(statement, () -> List.copyOf(client.query(CypherStatements.query(statement)).bindAll(parameters)
                .fetchAs(rows).mappedBy((types, record) -> mapper.apply(record)).all()));
    }

    /**
     * Runs a statement composed from fragment files (see {@code graphql.join}); {@code label} names it
     * in the timer (the root fragment), since the composed text varies with the query's selection.
     */
    @SuppressWarnings("unchecked")
    public <T> List<T> listComposed(String label, String cypher, Map<String, Object> parameters, Function<Record, T> mapper) {
        Class<T> rows = (Class<T>) Object.class;
        return timed(label, () -> List.copyOf(client.query(cypher).bindAll(parameters)
                .fetchAs(rows).mappedBy((types, record) -> mapper.apply(record)).all()));
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

    /**
     * Runs a batched nested-page statement ({@code UNWIND $parentIds AS parentId ... RETURN parentId,
     * rows, total}) for {@link NestedKey#load}; {@code total} may be null when not asked for.
     */
    public <T> Map<String, NestedKey.Children<T>> children(String statement, List<String> parentIds, Map<String, Object> parameters,
                                                           Function<Value, Page.Sorted<T>> mapper) {
        Map<String, Object> all = new HashMap<>(parameters);
        all.put("parentIds", parentIds);
        Map<String, NestedKey.Children<T>> result = new HashMap<>();
        list(statement, all, r -> Map.entry(r.get("parentId").asString(),
                new NestedKey.Children<>(r.get("rows").asList(mapper::apply), r.get("total").asLong(0))))
                .forEach(e -> result.put(e.getKey(), e.getValue()));
        return result;
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
