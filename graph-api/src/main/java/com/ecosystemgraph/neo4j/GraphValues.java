package com.ecosystemgraph.neo4j;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.neo4j.driver.Value;

/** Conversions from driver values to read-model fields; an absent property becomes null. */
public final class GraphValues {

    private GraphValues() {
    }

    public static String string(Value value) {
        return value == null || value.isNull() ? null : value.asString();
    }

    public static Long integer(Value value) {
        return value == null || value.isNull() ? null : value.asLong();
    }

    public static Double decimal(Value value) {
        return value == null || value.isNull() ? null : value.asDouble();
    }

    public static Boolean bool(Value value) {
        return value == null || value.isNull() ? null : value.asBoolean();
    }

    public static LocalDate date(Value value) {
        return value == null || value.isNull() ? null : value.asLocalDate();
    }

    public static List<String> strings(Value value) {
        return value == null || value.isNull() ? List.of() : value.asList(Value::asString);
    }

    /** A stored lower-case value ({@code co_sold}) as its enum constant ({@code CO_SOLD}). */
    public static <E extends Enum<E>> E enumOf(Class<E> type, Value value) {
        return value == null || value.isNull() ? null : Enum.valueOf(type, value.asString().toUpperCase(Locale.ROOT));
    }
}
