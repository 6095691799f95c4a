package com.ecosystemgraph.importing;

import com.ecosystemgraph.graph.InputRules;
import com.ecosystemgraph.graphql.Dates;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;

/**
 * The kinds of value a column holds: how a cell's text becomes a value ({@link #parse}, CSV import
 * only) and which rules a value of the kind must keep ({@link #validate}, import and mutations
 * alike). Both throw {@link InvalidValueException} with the reason a user reads.
 */
enum ColumnType {
    TEXT {
        @Override
        Object parse(String text) {
            return text;
        }

        @Override
        Object validate(Object value) {
            return value instanceof Enum<?> e ? e.name().toLowerCase(Locale.ROOT) : value.toString();
        }
    },
    /** A node's id or a reference to one: see {@link InputRules#idProblem}. */
    ID {
        @Override
        Object parse(String text) {
            return text;
        }

        @Override
        Object validate(Object value) {
            String id = value.toString();
            InputRules.idProblem(id).ifPresent(problem -> {
                throw new InvalidValueException(problem);
            });
            return id;
        }
    },
    /** A name: no control characters or bidi overrides, NFC, at most {@value InputRules#MAX_NAME_LENGTH} characters. */
    NAME {
        @Override
        Object parse(String text) {
            return text;
        }

        @Override
        Object validate(Object value) {
            try {
                return InputRules.text(value.toString(), InputRules.MAX_NAME_LENGTH);
            } catch (IllegalArgumentException e) {
                throw new InvalidValueException(e.getMessage());
            }
        }
    },
    INTEGER {
        @Override
        Object parse(String text) {
            try {
                return Long.parseLong(text);
            } catch (NumberFormatException e) {
                throw new InvalidValueException("'" + text + "' is not a whole number");
            }
        }

        @Override
        Object validate(Object value) {
            return ((Number) value).longValue();
        }
    },
    /** Money and other amounts: a plain decimal, no currency symbol, no thousands separator. */
    DECIMAL {
        @Override
        Object parse(String text) {
            try {
                double d = new BigDecimal(text).doubleValue();
                if (Double.isInfinite(d)) {
                    throw new InvalidValueException("'" + text + "' is out of range");
                }
                return d;
            } catch (NumberFormatException e) {
                throw new InvalidValueException(
                        "'" + text + "' is not a plain decimal number (no currency symbols or thousands separators)");
            }
        }

        @Override
        Object validate(Object value) {
            double d = ((Number) value).doubleValue();
            if (Double.isInfinite(d) || Double.isNaN(d)) {
                throw new InvalidValueException("'" + Column.shown(value) + "' is out of range");
            }
            return d;
        }
    },
    DATE {
        @Override
        Object parse(String text) {
            return Dates.parse(text).orElseThrow(() -> new InvalidValueException(Dates.problem(text)));
        }

        @Override
        Object validate(Object value) {
            return (LocalDate) value;
        }
    },
    BOOLEAN {
        @Override
        Object parse(String text) {
            return switch (text.toLowerCase(Locale.ROOT)) {
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                default -> throw new InvalidValueException("'" + text + "' is not true or false");
            };
        }

        @Override
        Object validate(Object value) {
            return (Boolean) value;
        }
    },
    /** A ';'-separated list of texts; empty items are dropped, order and duplicates kept as given. */
    LIST {
        @Override
        Object parse(String text) {
            return Arrays.stream(text.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }

        @Override
        Object validate(Object value) {
            return value;
        }
    };

    /** The value a non-empty, stripped cell holds; refuses text that is not of this kind. */
    abstract Object parse(String text);

    /**
     * Checks a non-null value of this kind (parsed from a cell, or given typed by a mutation) and
     * returns it in the form stored: ids checked, names checked and in NFC, enums as lower-case text,
     * whole numbers as {@code long}, amounts as finite {@code double}.
     */
    abstract Object validate(Object value);

    /** A cell or value that does not fit its column. */
    static final class InvalidValueException extends RuntimeException {
        InvalidValueException(String message) {
            super(message, null, false, false);
        }
    }
}
