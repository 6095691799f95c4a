package com.ecosystemgraph.graphql;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Opaque Relay cursors. A cursor encodes the sort key of the last element seen; paging continues
 * strictly after it, so inserts and deletes between pages never repeat or skip an element that
 * was there all along.
 */
public final class Cursor {

    private static final String PREFIX = "v1:";

    private Cursor() {
    }

    public static String encode(String key) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((PREFIX + key).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * @throws BadRequestException when the text is not a cursor this API issued
     */
    public static String decode(String cursor, String argument) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (text.startsWith(PREFIX)) {
                return text.substring(PREFIX.length());
            }
        } catch (IllegalArgumentException e) {
            // fall through to the error below
        }
        throw new BadRequestException("'" + argument + "' is not a cursor returned by this API");
    }
}
