package com.ecosystemgraph.graph;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one definition of what an id, a name and a free text may contain, used by the CSV import
 * (through {@code importing.ColumnType}), the GraphQL mutations (through {@code importing.RowWriter}, which checks
 * inputs as import rows) and the arguments of every query and mutation (through
 * {@code QueryLimits}). The rules are documented in docs/api.md ("Input rules") and in
 * shared/ecosystem-csv.md.
 *
 * <ul>
 *   <li>id: 1-{@value #MAX_ID_LENGTH} characters of ASCII letters, digits and {@code _-.:}, not starting
 *       with {@code Neo.} in any case (reserved: such an id reads like a Neo4j status code in an answer);</li>
 *   <li>name: at most {@value #MAX_NAME_LENGTH} characters, free text otherwise;</li>
 *   <li>any other text: at most {@value #MAX_TEXT_LENGTH} characters;</li>
 *   <li>names and texts: no control characters (tab included) and no bidirectional overrides or
 *       isolates (U+202A-U+202E, U+2066-U+2069), stored normalised to NFC.</li>
 * </ul>
 */
public final class InputRules {

    public static final int MAX_ID_LENGTH = 64;
    public static final int MAX_NAME_LENGTH = 200;
    public static final int MAX_TEXT_LENGTH = 2_000;
    /** The id rule as a reader sees it, quoted in every refusal. */
    public static final String ID_RULE = "1-" + MAX_ID_LENGTH + " characters of letters A-Z a-z, digits and _ - . :";
    /** Ids starting with this (in any case) are reserved: they would read like Neo4j status codes in an answer. */
    public static final String RESERVED_PREFIX = "neo.";
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_.:-]{1," + MAX_ID_LENGTH + "}");

    private InputRules() {
    }

    /** Why {@code id} is not a valid id, or empty when it is. */
    public static Optional<String> idProblem(String id) {
        if (id == null || id.isEmpty()) {
            return Optional.of("an id must not be empty (" + ID_RULE + ")");
        }
        if (id.length() > MAX_ID_LENGTH) {
            return Optional.of("an id of " + id.length() + " characters is too long (" + ID_RULE + ")");
        }
        if (!ID.matcher(id).matches()) {
            return Optional.of("'" + printable(id) + "' is not a valid id (" + ID_RULE + ")");
        }
        if (id.toLowerCase(Locale.ROOT).startsWith(RESERVED_PREFIX)) {
            // Not repeated: the id would read like a leaked database status code (Neo.ClientError...).
            return Optional.of("an id starting with 'Neo.' is reserved: it reads like a database status code; use another id ("
                    + ID_RULE + ", not starting with Neo.)");
        }
        return Optional.empty();
    }

    /**
     * Checks and normalises a name or free text.
     *
     * @return the text in NFC
     * @throws IllegalArgumentException with the rule broken, when it breaks one
     */
    public static String text(String text, int maxLength) {
        String normalised = Normalizer.normalize(text, Normalizer.Form.NFC);
        textProblem(normalised, maxLength).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        return normalised;
    }

    /** Why {@code text} breaks the text rules, or empty when it does not. */
    public static Optional<String> textProblem(String text, int maxLength) {
        if (text.length() > maxLength) {
            return Optional.of("a text of " + text.length() + " characters is too long (at most " + maxLength + ")");
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c)) {
                return Optional.of("contains the control character U+" + hex(c) + " at position " + (i + 1)
                        + " (control characters are not allowed)");
            }
            if (bidiControl(c)) {
                return Optional.of("contains the bidirectional override U+" + hex(c) + " at position " + (i + 1)
                        + " (bidirectional overrides and isolates are not allowed)");
            }
        }
        return Optional.empty();
    }

    private static boolean bidiControl(char c) {
        return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }

    private static String hex(char c) {
        return String.format("%04X", (int) c);
    }

    /** The id as it can be shown in a message: control and bidi characters as {@code \\uXXXX}. */
    public static String printable(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (Character.isISOControl(c) || bidiControl(c)) {
                out.append("\\u").append(hex(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
