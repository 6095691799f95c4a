package com.ecosystemgraph.availability;

import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;

/**
 * Tells a failure because the database cannot be reached (it is down, unreachable, or no connection
 * could be had in time) from every other failure, wherever it sits in the cause chain: Spring wraps
 * the driver's exceptions ({@code CannotCreateTransactionException}, {@code DataAccessResourceFailureException}).
 */
public final class Unavailability {

    /** The driver's words when no pooled connection was free or could be made within the acquisition timeout. */
    private static final String NO_CONNECTION = "Unable to acquire connection from the pool";

    private Unavailability() {
    }

    public static boolean is(Throwable error) {
        int depth = 0;
        for (Throwable t = error; t != null && depth < 20; t = t.getCause(), depth++) {
            if (t instanceof ServiceUnavailableException || t instanceof SessionExpiredException) {
                return true;
            }
            if (t.getMessage() != null && t.getMessage().contains(NO_CONNECTION)) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /** The first line of the driver's own reason, for the one log line of an outage (no stack trace). */
    public static String reason(Throwable error) {
        Throwable deepest = error;
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof ServiceUnavailableException || t instanceof SessionExpiredException) {
                deepest = t;
                break;
            }
            deepest = t;
            if (t.getCause() == t) {
                break;
            }
        }
        String message = deepest == null || deepest.getMessage() == null ? "no reason given" : deepest.getMessage();
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
