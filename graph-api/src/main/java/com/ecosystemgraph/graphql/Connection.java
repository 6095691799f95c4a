package com.ecosystemgraph.graphql;

import java.util.List;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * A Relay connection. {@code totalCount} is computed only when a query asks for it.
 *
 * @param <T> the node type
 */
public record Connection<T>(List<Edge<T>> edges, PageInfo pageInfo, LongSupplier totalCount) {

    public record Edge<T>(String cursor, T node) {
    }

    public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {
    }

    /**
     * Builds a page from up to {@code first + 1} rows read in sort order: the extra row only
     * tells that there is a next page.
     */
    public static <T> Connection<T> of(List<T> rows, PageRequest page, Function<T, String> sortKey, LongSupplier totalCount) {
        boolean hasNext = rows.size() > page.first();
        List<T> visible = hasNext ? rows.subList(0, page.first()) : rows;
        List<Edge<T>> edges = visible.stream().map(n -> new Edge<>(Cursor.encode(sortKey.apply(n)), n)).toList();
        PageInfo info = new PageInfo(hasNext, page.afterKey() != null,
                edges.isEmpty() ? null : edges.getFirst().cursor(), edges.isEmpty() ? null : edges.getLast().cursor());
        return new Connection<>(edges, info, totalCount);
    }
}
