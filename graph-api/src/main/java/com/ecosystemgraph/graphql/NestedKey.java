package com.ecosystemgraph.graphql;

import com.ecosystemgraph.neo4j.CypherRunner;
import graphql.schema.DataFetchingFieldSelectionSet;
import org.neo4j.driver.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * Key of a nested, paginated field (e.g. {@code Partner.deals(first, after, role)}) for a
 * DataLoader: the parent's id and the field's arguments. All parents asking with the same
 * arguments are loaded by one statement, so a nested list costs one query per distinct argument
 * set, not one per parent.
 *
 * @param parentId the parent's id
 * @param page page size and position (ordered by the child's id)
 * @param filters the field's filter arguments, already validated and converted for Cypher
 */
public record NestedKey(String parentId, Page page, Map<String, Object> filters) {

    /**
     * Loads all keys: groups them by arguments and calls {@code query(parentIds, parameters)} once per
     * group; the query returns, per parent id, up to {@code first + 1} children in order and the total.
     */
    public static <T> Map<NestedKey, Connection<T>> load(Set<NestedKey> keys,
            BiFunction<List<String>, Map<String, Object>, Map<String, Children<T>>> query,
            Function<T, String> childId) {
        return load(keys, query, childId, Connection.Plain::new);
    }

    /**
     * Runs a batched nested-page statement ({@code UNWIND $parentIds AS parentId ... RETURN parentId,
     * rows, total}) for {@link #load}; {@code total} may be null when not asked for.
     */
    public static <T> Map<String, Children<T>> children(CypherRunner cypher, String statement, List<String> parentIds,
            Map<String, Object> parameters, Function<Value, Page.Sorted<T>> mapper) {
        Map<String, Object> all = new HashMap<>(parameters);
        all.put("parentIds", parentIds);
        Map<String, Children<T>> result = new HashMap<>();
        cypher.list(statement, all, r -> Map.entry(r.get("parentId").asString(),
                new Children<>(r.get("rows").asList(mapper::apply), r.get("total").asLong(0))))
                .forEach(e -> result.put(e.getKey(), e.getValue()));
        return result;
    }

    /** As {@link #load(Set, BiFunction, Function)}, with edges made by {@code edge(position, child)}. */
    public static <R, T> Map<NestedKey, Connection<T>> load(Set<NestedKey> keys,
            BiFunction<List<String>, Map<String, Object>, Map<String, Children<R>>> query,
            Function<R, String> childId,
            BiFunction<SortKey, R, ? extends Connection.Edge<T>> edge) {
        Map<List<Object>, List<NestedKey>> groups = new LinkedHashMap<>();
        for (NestedKey key : keys) {
            groups.computeIfAbsent(List.of(key.page(), key.filters()), g -> new ArrayList<>()).add(key);
        }
        Map<NestedKey, Connection<T>> result = new HashMap<>();
        groups.forEach((group, members) -> {
            NestedKey first = members.getFirst();
            Map<String, Object> parameters = new HashMap<>(first.filters());
            first.page().bind(parameters);
            List<String> parentIds = members.stream().map(NestedKey::parentId).distinct().toList();
            Map<String, Children<R>> children = query.apply(parentIds, parameters);
            for (NestedKey key : members) {
                Children<R> found = children.getOrDefault(key.parentId(), new Children<>(List.of(), 0));
                LongSupplier total = found::total;
                result.put(key, key.page().connection(found.rows(), childId, total, edge));
            }
        });
        return result;
    }

    /**
     * The filter map of a key with {@code withTotal}: whether the query asks for {@code totalCount}
     * (the statements count the children only then).
     */
    public static Map<String, Object> filters(Map<String, Object> filters, DataFetchingFieldSelectionSet selection) {
        Map<String, Object> all = new HashMap<>(filters);
        all.put("withTotal", Selections.contains(selection, "totalCount"));
        return all;
    }

    /** One parent's page of children (each with its sort value) and how many there are in all. */
    public record Children<T>(List<Page.Sorted<T>> rows, long total) {
    }
}
