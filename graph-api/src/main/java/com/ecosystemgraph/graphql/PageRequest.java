package com.ecosystemgraph.graphql;

/**
 * A page of a cursor connection: how many elements and after which sort key.
 *
 * @param first page size, 1..{@value #MAX_PAGE_SIZE}
 * @param afterKey the sort key after which the page starts, or {@code null} for the first page
 */
public record PageRequest(int first, String afterKey) {

    public static final int DEFAULT_PAGE_SIZE = 20;
    public static final int MAX_PAGE_SIZE = 100;

    /** Validates the GraphQL arguments {@code first} and {@code after}. */
    public static PageRequest of(Integer first, String after) {
        int size = first == null ? DEFAULT_PAGE_SIZE : first;
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new BadRequestException("'first' must be between 1 and " + MAX_PAGE_SIZE + ", got " + size);
        }
        return new PageRequest(size, after == null ? null : Cursor.decode(after, "after"));
    }
}
