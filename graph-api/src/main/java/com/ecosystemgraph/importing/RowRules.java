package com.ecosystemgraph.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules for one row of one file: every cell against its column, then the rules that span
 * cells. The CSV import parses each cell's text and validates the value ({@link #check}); the GraphQL
 * mutations validate their typed values ({@link #validate}); the rules are the same
 * ({@link Column}, {@link ColumnType}, and the cross-cell rules here).
 */
public final class RowRules {

    private RowRules() {
    }

    /**
     * A row's values by column name; a column that is present but empty maps to {@code null}, a
     * column absent from the header is absent here (so an import never clears what it was not given).
     */
    public record Values(Map<String, Object> byColumn) {
        public Object get(String column) {
            return byColumn.get(column);
        }

        public String text(String column) {
            Object value = byColumn.get(column);
            return value == null ? null : value.toString();
        }

        public LocalDate date(String column) {
            return (LocalDate) byColumn.get(column);
        }
    }

    /** A cell or row problem without its location: the caller knows file and line. */
    public record Violation(String column, String reason) {
    }

    /**
     * Checks the cells given (by column name) for {@code file}; returns the parsed values and adds
     * a violation for each broken rule. Cells of unknown columns are ignored here.
     */
    public static Values check(EcosystemFile file, Map<String, String> cells, Set<String> presentColumns,
            List<Violation> violations) {
        Map<String, Object> values = new HashMap<>();
        for (Column column : file.columns()) {
            if (!presentColumns.contains(column.name())) {
                continue;
            }
            try {
                values.put(column.name(), column.parse(cells.get(column.name())).orElse(null));
            } catch (ColumnType.InvalidValueException e) {
                violations.add(new Violation(column.name(), e.getMessage()));
            }
        }
        Values parsed = new Values(values);
        crossCellRules(file, parsed, violations);
        return parsed;
    }

    /**
     * Checks typed values (a mutation's input; by column name, a column given as null is present
     * with {@code null}) for {@code file} with the same rules as {@link #check}, without text: returns
     * the values in their stored form and adds a violation for each broken rule.
     */
    public static Values validate(EcosystemFile file, Map<String, Object> given, List<Violation> violations) {
        Map<String, Object> values = new HashMap<>();
        for (Column column : file.columns()) {
            if (!given.containsKey(column.name())) {
                continue;
            }
            try {
                values.put(column.name(), column.validate(given.get(column.name())).orElse(null));
            } catch (ColumnType.InvalidValueException e) {
                violations.add(new Violation(column.name(), e.getMessage()));
            }
        }
        Values checked = new Values(values);
        crossCellRules(file, checked, violations);
        return checked;
    }

    private static void crossCellRules(EcosystemFile file, Values values, List<Violation> violations) {
        switch (file) {
            case DEALS -> {
                LocalDate created = values.date("created_on");
                LocalDate closed = values.date("closed_on");
                if (created != null && closed != null && closed.isBefore(created)) {
                    violations.add(new Violation("closed_on", "closed on " + closed + " before it was created on " + created));
                }
            }
            case PARTNERS -> {
                if ("prospect".equals(values.text("status")) && values.get("signed_on") != null) {
                    violations.add(new Violation("signed_on", "a prospect has not signed: leave signed_on empty or change status"));
                }
            }
            case REFERRALS -> {
                String referrer = values.text("referrer_id");
                if (referrer != null && referrer.equals(values.text("referred_id"))) {
                    violations.add(new Violation("referred_id", "'" + referrer + "' cannot refer itself"));
                }
            }
            default -> {
            }
        }
    }

    /** The required columns missing from a header. */
    static List<String> missingRequiredColumns(EcosystemFile file, Set<String> header) {
        List<String> missing = new ArrayList<>();
        for (Column column : file.columns()) {
            if (column.required() && !header.contains(column.name())) {
                missing.add(column.name());
            }
        }
        return missing;
    }

    /** Graph properties of a row: present columns that map to a property (empty ones as null). */
    static Map<String, Object> properties(EcosystemFile file, Values values) {
        Map<String, Object> properties = new HashMap<>();
        for (Column column : file.columns()) {
            if (column.property() != null && !"id".equals(column.name()) && values.byColumn().containsKey(column.name())) {
                properties.put(column.property(), values.get(column.name()));
            }
        }
        return properties;
    }
}
