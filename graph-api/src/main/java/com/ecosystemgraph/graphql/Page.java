package com.ecosystemgraph.graphql;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * The arguments of a sorted, filtered connection: page size, position, order.
 *
 * @param first page size, 1..{@link PageRequest#MAX_PAGE_SIZE}
 * @param after where the page starts, or null
 * @param orderField the sort field's name as the Cypher statement knows it (from an enum allowlist)
 * @param descending sort direction
 */
public record Page(int first, SortKey after, String orderField, boolean descending) {

    /** Reads {@code first}, {@code after} and {@code orderBy: {field, direction}} arguments. */
    public static Page of(Integer first, String after, Map<String, Object> orderBy, String defaultField) {
        int size = first == null ? PageRequest.DEFAULT_PAGE_SIZE : first;
        if (size < 1 || size > PageRequest.MAX_PAGE_SIZE) {
            throw new BadRequestException("'first' must be between 1 and " + PageRequest.MAX_PAGE_SIZE + ", got " + size);
        }
        String field = defaultField;
        boolean descending = false;
        if (orderBy != null) {
            if (orderBy.get("field") != null) {
                field = orderBy.get("field").toString();
            }
            descending = "DESC".equals(String.valueOf(orderBy.get("direction")));
        }
        return new Page(size, after == null ? null : SortKey.decode(after, "after"), field.toUpperCase(Locale.ROOT), descending);
    }

    /** Binds {@code limit} (one more than the page, to tell if a next page exists), order and position. */
    public void bind(Map<String, Object> parameters) {
        bind(parameters, true);
    }

    /**
     * Binds order, position and {@code limit}: the page size, plus one row when {@code lookAhead}
     * (the extra row only tells {@code pageInfo.hasNextPage}; without it hasNextPage reads false,
     * so pass false only when the query does not ask for it).
     */
    public void bind(Map<String, Object> parameters, boolean lookAhead) {
        parameters.put("limit", lookAhead ? first + 1 : first);
        parameters.put("orderField", orderField);
        parameters.put("descending", descending);
        SortKey.bind(after, parameters);
    }

    /**
     * Builds the connection from rows read in order (at most {@code first + 1}); each row carries
     * its sort value.
     */
    public <T> Connection<T> connection(List<Sorted<T>> rows, Function<T, String> id, LongSupplier totalCount) {
        return connection(rows, id, totalCount, Connection.Plain::new);
    }

    /** As {@link #connection(List, Function, LongSupplier)}, with edges made by {@code edge(position, row)}. */
    public <R, T> Connection<T> connection(List<Sorted<R>> rows, Function<R, String> id, LongSupplier totalCount,
            BiFunction<SortKey, R, ? extends Connection.Edge<T>> edge) {
        boolean hasNext = rows.size() > first;
        List<Sorted<R>> visible = hasNext ? rows.subList(0, first) : rows;
        List<SortKey> positions = visible.stream().map(r -> new SortKey(r.sortValue(), id.apply(r.node()))).toList();
        List<Connection.Edge<T>> edges = new java.util.ArrayList<>(visible.size());
        for (int i = 0; i < visible.size(); i++) {
            edges.add(edge.apply(positions.get(i), visible.get(i).node()));
        }
        var info = new Connection.PageInfo(hasNext, after != null,
                positions.isEmpty() ? null : positions.getFirst(), positions.isEmpty() ? null : positions.getLast());
        return new Connection<>(edges, info, totalCount);
    }

    /** A row with its sort value. */
    public record Sorted<T>(T node, Object sortValue) {
        public static Object value(org.neo4j.driver.Value value) {
            if (value.isNull()) {
                return "";
            }
            Object o = value.asObject();
            return o instanceof Number n ? n.doubleValue() : o.toString();
        }
    }
}
