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

    /**
     * An edge: its cursor and node; edge types with more fields (e.g. {@code PartnerDealEdge}) implement
     * it. Cursors are encoded only when a query asks for them.
     */
    public interface Edge<T> {
        String cursor();

        T node();
    }

    /** An edge with only a cursor and a node; {@code position} is where it stands in its list. */
    public record Plain<T>(SortKey position, T node) implements Edge<T> {
        @Override
        public String cursor() {
            return position.encode();
        }
    }

    /** Where a page stands; {@code start} and {@code end} are its first and last edges' positions (null when empty). */
    public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, SortKey start, SortKey end) {
        public String startCursor() {
            return start == null ? null : start.encode();
        }

        public String endCursor() {
            return end == null ? null : end.encode();
        }
    }
}
