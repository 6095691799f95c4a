package com.ecosystemgraph.graphql.join;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The nested fields one statement has read, per read-model object (by identity: every row is mapped
 * to its own objects) and per response key (alias or field name). GraphQL passes it down as the
 * local context of the root field's value; {@link JoinedFields} answers a nested field from it
 * instead of calling the field's fetcher. Filled before the root field completes, read-only after.
 */
public final class Joined {

    private final Map<Object, Map<String, Object>> values = new IdentityHashMap<>();

    void put(Object source, Map<String, Object> fields) {
        values.put(source, fields);
    }

    /** The joined fields of {@code source} by response key, or null when none was joined for it. */
    Map<String, Object> fields(Object source) {
        return values.get(source);
    }
}
