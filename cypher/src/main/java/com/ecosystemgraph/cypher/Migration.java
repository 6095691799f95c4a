package com.ecosystemgraph.cypher;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One versioned schema migration: the file {@code V0003__partner_status_index.cypher} holds one
 * statement and becomes version 3, description "partner status index".
 */
public record Migration(int version, String description, String statement, String checksum) {

    private static final Pattern FILE_NAME = Pattern.compile("V(\\d{4})__([a-z0-9_]+)\\.cypher");

    public Migration {
        if (version < 1) {
            throw new IllegalArgumentException("Migration versions start at 1, got " + version);
        }
    }

    /** Parses a migration file; the name must look like {@code V0001__some_words.cypher}. */
    public static Migration of(String fileName, String text) {
        Matcher m = FILE_NAME.matcher(fileName);
        if (!m.matches()) {
            throw new IllegalArgumentException("Migration file '" + fileName
                    + "' is not named V<4 digits>__<lower_snake_words>.cypher");
        }
        String statement = CypherStatements.clean(text);
        return new Migration(Integer.parseInt(m.group(1)), m.group(2).replace('_', ' '), statement,
                sha256(statement));
    }

    static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("The JDK has no SHA-256", e);
        }
    }
}
