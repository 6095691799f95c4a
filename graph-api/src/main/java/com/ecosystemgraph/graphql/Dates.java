package com.ecosystemgraph.graphql;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reading a {@code YYYY-MM-DD} date, with a reason a user can act on when it is not one. */
public final class Dates {

    private static final Pattern FORM = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private Dates() {
    }

    /** The date, or empty with {@link #problem} telling why. */
    public static Optional<LocalDate> parse(String text) {
        if (text == null || !FORM.matcher(text).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Why a text is not a date: in the wrong form, or in the form but not on the calendar (2025-02-30). */
    public static String problem(String text) {
        return text != null && FORM.matcher(text).matches()
                ? "'" + text + "' is not a calendar date"
                : "'" + text + "' is not a date in the form YYYY-MM-DD";
    }
}
