package com.ecosystemgraph.importing;

import com.ecosystemgraph.graph.Vocabulary;
import java.util.List;
import java.util.Optional;

/**
 * One column of an ecosystem CSV file: its header name, the graph property it fills, its type,
 * whether it is required, and the values or range it accepts.
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
     * Parses and checks one cell.
     *
     * @return the value, or empty for an empty cell of an optional column
     * @throws ColumnType.InvalidValueException with the reason when the cell breaks a rule
     */
    Optional<Object> parse(String raw) {
        String text = raw == null ? "" : raw.strip();
        if (text.isEmpty()) {
            if (required) {
                throw new ColumnType.InvalidValueException("required value is missing");
            }
            return Optional.empty();
        }
        Object value = type.parse(text);
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
                throw new ColumnType.InvalidValueException("'" + text + "' is outside " + describeRange());
            }
        }
        return Optional.of(value);
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
