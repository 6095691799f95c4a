package com.ecosystemgraph.importing;

import com.ecosystemgraph.graph.Vocabulary;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One column of an ecosystem CSV file: its header name, the graph property it fills, its type,
 * whether it is required, and the values or range it accepts. A cell is parsed ({@link #parse}) then
 * validated; a mutation's typed value is validated directly ({@link #validate(Object)}): one set of rules.
 *
 * @param name exact header name (lower snake case)
 * @param property graph property name, or {@code null} for columns that become relationships
 * @param type how the text is parsed
 * @param required an empty cell is an error
 * @param vocabulary the accepted values with their aliases, stored in canonical form; {@code null} for any
 * @param min smallest accepted number, or {@code null}
 * @param max largest accepted number, or {@code null}
 */
public record Column(String name, String property, ColumnType type, boolean required, Vocabulary vocabulary,
        Double min, Double max) {

    static Column required(String name, String property, ColumnType type) {
        return new Column(name, property, type, true, null, null, null);
    }

    static Column optional(String name, String property, ColumnType type) {
        return new Column(name, property, type, false, null, null, null);
    }

    Column of(Vocabulary values) {
        return new Column(name, property, type, required, values, min, max);
    }

    /** The accepted values (stored forms), empty for any. */
    public List<String> allowed() {
        return vocabulary == null ? List.of() : vocabulary.storedValues();
    }

    Column range(double low, double high) {
        return new Column(name, property, type, required, vocabulary, low, high);
    }

    Column atLeast(double low) {
        return new Column(name, property, type, required, vocabulary, low, max);
    }

    /**
     * Parses one cell and checks the value (the CSV import).
     *
     * @return the value, or empty for an empty cell of an optional column
     * @throws ColumnType.InvalidValueException with the reason when the cell breaks a rule
     */
    Optional<Object> parse(String raw) {
        String text = raw == null ? "" : raw.strip();
        return validate(text.isEmpty() ? null : type.parse(text), text);
    }

    /**
     * Checks a typed value, as a mutation gives it (the same rules as a cell, without the text): a
     * text is stripped, a list's items too, and an empty text or list counts as no value.
     *
     * @return the value in its stored form, or empty for no value in an optional column
     * @throws ColumnType.InvalidValueException with the reason when the value breaks a rule
     */
    Optional<Object> validate(Object given) {
        Object value = given;
        if (value instanceof String text) {
            value = text.strip().isEmpty() ? null : text.strip();
        } else if (value instanceof List<?> items) {
            List<String> texts = items.stream().filter(i -> i != null).map(i -> shown(i).strip()).filter(i -> !i.isEmpty()).toList();
            value = texts.isEmpty() ? null : texts;
        }
        return validate(value, value == null ? "" : shown(value));
    }

    /** The rules on a value: required, its type's rules, its vocabulary, its range; {@code shown} is how messages quote it. */
    private Optional<Object> validate(Object given, String shown) {
        if (given == null) {
            if (required) {
                throw new ColumnType.InvalidValueException("required value is missing");
            }
            return Optional.empty();
        }
        Object value = type.validate(given);
        if (vocabulary != null) {
            try {
                value = value instanceof List<?> items
                        ? items.stream().map(i -> vocabulary.canonical(i.toString())).distinct().toList()
                        : vocabulary.canonical(value.toString());
            } catch (Vocabulary.UnknownValueException e) {
                throw new ColumnType.InvalidValueException(e.getMessage());
            }
        }
        if (value instanceof Number number && (min != null || max != null)) {
            double d = number.doubleValue();
            if ((min != null && d < min) || (max != null && d > max)) {
                throw new ColumnType.InvalidValueException("'" + shown + "' is outside " + describeRange());
            }
        }
        return Optional.of(value);
    }

    /** A typed value as a message quotes it: amounts in plain decimal notation, enums by their stored name. */
    static String shown(Object value) {
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            return Double.isFinite(d) ? BigDecimal.valueOf(d).toPlainString() : Double.toString(d);
        }
        if (value instanceof Enum<?> e) {
            return e.name().toLowerCase(Locale.ROOT);
        }
        return value.toString();
    }

    private String describeRange() {
        if (min != null && max != null) {
            return format(min) + ".." + format(max);
        }
        return min != null ? "the allowed range (at least " + format(min) + ")" : "the allowed range (at most " + format(max) + ")";
    }

    private static String format(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }
}
