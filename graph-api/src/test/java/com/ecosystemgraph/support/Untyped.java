package com.ecosystemgraph.support;

import java.util.List;
import java.util.Map;

/** Casts for the untyped JSON values a GraphQL test reads ({@code entity(mapType())}, nested maps and lists, numbers). */
public final class Untyped {

    private Untyped() {
    }

    /** The class token for {@code entity(...)} / {@code entityList(...)} of JSON objects. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static Class<Map<String, Object>> mapType() {
        return (Class) Map.class;
    }

    /** A JSON object read as a map. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> castMap(Object o) {
        return (Map<String, Object>) o;
    }

    /** A JSON array of objects read as a list of maps. */
    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> castList(Object o) {
        return (List<Map<String, Object>>) o;
    }

    /** A JSON number, whatever Java type the reader chose for it. */
    public static double number(Object o) {
        return ((Number) o).doubleValue();
    }
}
