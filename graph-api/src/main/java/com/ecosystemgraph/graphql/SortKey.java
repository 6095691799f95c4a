package com.ecosystemgraph.graphql;

import java.util.HashMap;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * A keyset position in a sorted list: the sort value of the last element seen and its id (the
 * tie-breaker). Encoded in opaque cursors, so paging by any order visits every element once.
 *
 * @param value a string or a number; never null (queries sort missing values as a sentinel)
 * @param id the element's id
 */
public record SortKey(Object value, String id) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public String encode() {
        Map<String, Object> map = new HashMap<>();
        map.put("v", value);
        map.put("id", id);
        return Cursor.encode(JSON.writeValueAsString(map));
    }

    /**
     * @throws BadRequestException for text that is not a cursor of this API
     */
    public static SortKey decode(String cursor, String argument) {
        String text = Cursor.decode(cursor, argument);
        try {
            Map<?, ?> map = JSON.readValue(text, Map.class);
            Object value = map.get("v");
            Object id = map.get("id");
            if (id instanceof String s && (value instanceof String || value instanceof Number)) {
                return new SortKey(value instanceof Number n ? n.doubleValue() : value, s);
            }
        } catch (RuntimeException e) {
            // fall through
        }
        throw new BadRequestException("'" + argument + "' is not a cursor returned by this API");
    }

    /** Cypher parameters {@code afterValue} and {@code afterId}. */
    public static void bind(SortKey after, Map<String, Object> parameters) {
        parameters.put("afterValue", after == null ? null : after.value());
        parameters.put("afterId", after == null ? null : after.id());
    }
}
