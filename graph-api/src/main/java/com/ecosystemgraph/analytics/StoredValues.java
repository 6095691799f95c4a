package com.ecosystemgraph.analytics;

import java.util.Locale;

/** Enum values as the graph stores them: lower case ({@code co_sold}), upper case in the API ({@code CO_SOLD}). */
public final class StoredValues {

    private StoredValues() {
    }

    public static <E extends Enum<E>> E enumOf(Class<E> type, String stored) {
        return stored == null ? null : Enum.valueOf(type, stored.toUpperCase(Locale.ROOT));
    }

    public static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
