package com.ecosystemgraph.explorer;

import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** A property as text. */
record Property(String key, String value) {

    /**
     * Stored for the service's own use, not data a person entered: {@code nameKey} (the lower-cased name a sort by
     * name reads) and {@code arrKey} (a customer's ARR as a sort by ARR reads it).
     */
    private static final Set<String> INTERNAL = Set.of("nameKey", "arrKey");

    /** All properties but the {@link #INTERNAL} ones, sorted by key, as text. */
    static List<Property> of(Map<String, Object> properties) {
        List<Property> result = new ArrayList<>();
        new TreeMap<>(properties).forEach((key, value) -> {
            if (!INTERNAL.contains(key)) {
                result.add(new Property(key, text(value)));
            }
        });
        return result;
    }

    private static String text(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().map(Property::text).collect(Collectors.joining(", "));
        }
        if (value instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString(d.longValue());
        }
        if (value instanceof TemporalAccessor) {
            return value.toString();
        }
        return String.valueOf(value);
    }
}
