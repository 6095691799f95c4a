package com.ecosystemgraph.graphql;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps an error message from repeating input that reads like the service's internals. Messages
 * quote what the user sent ({@code no partner with id '…'}, {@code '…' is not a valid id}); when that
 * value looks like Cypher, a Neo4j status code ({@code Neo.ClientError…}), a Java class name or a
 * stack frame, a reader (or a probe) cannot tell an echo from a leak. Such a quoted value is replaced
 * by a note that it is not repeated; the rest of the message (what, where, why) stays.
 * docs/api.md ("Errors") and ADR 0015.
 */
public final class EchoGuard {

    /** What must never appear in an error, echoed or not (the fuzz suite checks the same). */
    static final List<Pattern> LOOKS_INTERNAL = List.of(
            // A stack frame.
            Pattern.compile("\\bat [\\w$]+(\\.[\\w$]+)+\\((\\w+\\.java:\\d+|Native Method|Unknown Source)\\)"),
            // A qualified Java class name.
            Pattern.compile("\\b(java|javax|jakarta|sun|org|com|graphql|tools|reactor)\\.[a-z]\\w*(\\.[\\w$]+)*\\.[A-Z][\\w$]*"),
            // An exception's or error's simple name.
            Pattern.compile("\\b[A-Z][A-Za-z]*(Exception|Throwable)\\b|\\b(StackOverflow|OutOfMemory|Assertion|NoClassDefFound)Error\\b"),
            // A Neo4j status code.
            Pattern.compile("(?i)\\bNeo\\.(Client|Transient|Database)Error\\b"),
            // Cypher clauses, in capitals (as written in every injection; the service's own words are lower case).
            Pattern.compile(
                    "\\b(MATCH|MERGE|CREATE|OPTIONAL MATCH) ?\\(|\\bDETACH DELETE\\b|\\bUNWIND\\b|\\bRETURN\\b|\\bCALL ?[{(]|\\bCALL db\\.|\\bWITH \\w+ AS\\b|\\bUNION\\b|\\bLOAD CSV\\b|\\bapoc\\."));

    static final String NOT_REPEATED = "(the value given, not repeated: it reads like code)";

    private EchoGuard() {
    }

    /** True when {@code text} has something that reads like the service's internals. */
    public static boolean looksInternal(String text) {
        return text != null && LOOKS_INTERNAL.stream().anyMatch(p -> p.matcher(text).find());
    }

    /**
     * The message with every quoted value that reads like internals replaced by a note: from the
     * quote before the first such fragment to the last quote after the last one (a value may hold
     * quotes of its own). Unchanged when nothing in it reads like internals.
     */
    public static String safe(String message) {
        if (message == null) {
            return null;
        }
        int first = Integer.MAX_VALUE;
        int last = -1;
        for (Pattern pattern : LOOKS_INTERNAL) {
            Matcher matcher = pattern.matcher(message);
            while (matcher.find()) {
                first = Math.min(first, matcher.start());
                last = Math.max(last, matcher.end());
            }
        }
        if (last < 0) {
            return message;
        }
        int open = message.lastIndexOf('\'', first);
        int close = message.lastIndexOf('\'');
        if (open >= 0 && close >= last && close > open) {
            return message.substring(0, open) + NOT_REPEATED + message.substring(close + 1);
        }
        // Not inside quotes: the service's own wording never reads like this, so say less rather than repeat it.
        return "The request was refused: a value in it reads like code " + NOT_REPEATED;
    }
}
