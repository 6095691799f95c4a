package com.ecosystemgraph.importing;

import com.ecosystemgraph.graph.InputRules;
import com.ecosystemgraph.graphql.Dates;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * How a cell's text becomes a value. Each parser returns the value or throws
 * {@link InvalidValueException} with the reason a user reads.
 */
enum ColumnType {
    TEXT {
        @Override
        Object parse(String text) {
            return text;
        }
    },
    /** A node's id or a reference to one: see {@link InputRules#idProblem}. */
    ID {
        @Override
        Object parse(String text) {
            InputRules.idProblem(text).ifPresent(problem -> {
                throw new InvalidValueException(problem);
            });
            return text;
        }
    },
    /** A name: no control characters or bidi overrides, NFC, at most {@value InputRules#MAX_NAME_LENGTH} characters. */
    NAME {
        @Override
        Object parse(String text) {
            try {
                return InputRules.text(text, InputRules.MAX_NAME_LENGTH);
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
    },
    /** Money and other amounts: a plain decimal, no currency symbol, no thousands separator. */
    DECIMAL {
        @Override
        Object parse(String text) {
            try {
                BigDecimal value = new BigDecimal(text);
                double d = value.doubleValue();
                if (Double.isInfinite(d)) {
                    throw new InvalidValueException("'" + text + "' is out of range");
                }
                return d;
            } catch (NumberFormatException e) {
                throw new InvalidValueException(
                        "'" + text + "' is not a plain decimal number (no currency symbols or thousands separators)");
            }
        }
    },
    DATE {
        @Override
        Object parse(String text) {
            return Dates.parse(text).orElseThrow(() -> new InvalidValueException(Dates.problem(text)));
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
    },
    /** A ';'-separated list of texts; empty items are dropped, order and duplicates kept as given. */
    LIST {
        @Override
        Object parse(String text) {
            List<String> items = Arrays.stream(text.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
            return items;
        }
    };

    abstract Object parse(String text);

    /** A cell that does not fit its column. */
    static final class InvalidValueException extends RuntimeException {
        InvalidValueException(String message) {
            super(message, null, false, false);
        }
    }
}
