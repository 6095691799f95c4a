package com.ecosystemgraph.graphql;

import com.ecosystemgraph.graph.Vocabulary;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/** Conversions of GraphQL filter arguments to Cypher parameters (enums as stored: lower case). */
public final class Filters {

    private Filters() {
    }

    /** Enum constants as their stored lower-case values, or null (= no condition) for null or empty. */
    public static List<String> stored(Collection<? extends Enum<?>> values) {
        return values == null || values.isEmpty() ? null : values.stream().map(v -> v.name().toLowerCase(Locale.ROOT)).toList();
    }

    /** Enum constants as relationship types (upper case), or null. */
    public static List<String> types(Collection<? extends Enum<?>> values) {
        return values == null || values.isEmpty() ? null : values.stream().map(Enum::name).toList();
    }

    /**
     * Enum constants from an argument as graphql-java coerced it (the constants' names), e.g. in a
     * {@code SelectedField}'s arguments; null stays null.
     */
    public static <E extends Enum<E>> List<E> enums(Class<E> type, Object values) {
        if (values == null) {
            return null;
        }
        if (!(values instanceof Collection<?> list)) {
            throw new BadRequestException("Expected a list of " + type.getSimpleName() + " values");
        }
        try {
            return list.stream().map(v -> type.isInstance(v) ? type.cast(v) : Enum.valueOf(type, String.valueOf(v))).toList();
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("Not a " + type.getSimpleName() + " value in " + list);
        }
    }

    /** A text list, or null for null or empty. */
    public static List<String> texts(Collection<String> values) {
        return values == null || values.isEmpty() ? null : List.copyOf(values);
    }

    /**
     * Values of a vocabulary (region, industry, ...) in any accepted spelling, as their stored forms,
     * or null (= no condition) for null or empty.
     *
     * @throws BadRequestException naming the argument and the accepted values for an unknown value
     */
    public static List<String> vocabulary(Vocabulary vocabulary, Collection<String> values, String argument) {
        if (values == null || values.isEmpty()) {
            return null;
        }
        try {
            return values.stream().map(vocabulary::canonical).distinct().toList();
        } catch (Vocabulary.UnknownValueException e) {
            throw new BadRequestException("'" + argument + "': " + e.getMessage());
        }
    }

    /** One value of a vocabulary as its stored form, or null for null or blank. */
    public static String vocabulary(Vocabulary vocabulary, String value, String argument) {
        return value == null || value.isBlank() ? null : vocabulary(vocabulary, List.of(value), argument).getFirst();
    }

    /** A text, or null for null or blank. */
    public static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
