package com.ecosystemgraph.graphql;

import java.util.List;
import java.util.function.LongSupplier;

/**
 * A Relay connection. {@code totalCount} is computed only when a query asks for it: the counter
 * runs when GraphQL reads the field, never before.
 *
 * @param <T> the node type
 * @param edges the page's edges in order
 * @param pageInfo where the page stands
 * @param counter counts the whole list (called only for {@code totalCount})
 */
public record Connection<T>(List<? extends Edge<T>> edges, PageInfo pageInfo, LongSupplier counter) {

    /** {@code totalCount}: read by GraphQL's default property fetcher, so it costs nothing unless selected. */
    public long totalCount() {
        return counter.getAsLong();
    }

    /** An edge: its cursor and node; edge types with more fields (e.g. {@code PartnerDealEdge}) implement it. */
    public interface Edge<T> {
        String cursor();

        T node();
    }

    /** An edge with only a cursor and a node. */
    public record Plain<T>(String cursor, T node) implements Edge<T> {
    }

    public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {
    }
}
