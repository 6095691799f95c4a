package com.ecosystemgraph.cypher;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Loads Cypher statements from the classpath folder {@code cypher/queries/} by name, e.g.
 * {@code CypherStatements.query("partner/by-id")} reads {@code cypher/queries/partner/by-id.cypher}.
 *
 * <p>Statements are read once and cached. A name is a relative path of lower-case words, so a
 * name can never escape the folder; a missing file is a programming error and fails loudly.
 */
public final class CypherStatements {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*(/[a-z0-9][a-z0-9-]*)*");
    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private CypherStatements() {
    }

    /** The statement in {@code cypher/queries/<name>.cypher}. */
    public static String query(String name) {
        return load("cypher/queries/", name);
    }

    /** The statement in {@code cypher/fixtures/<name>.cypher} (test data). */
    public static String fixture(String name) {
        return load("cypher/fixtures/", name);
    }

    private static String load(String folder, String name) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a statement name: '" + name + "'");
        }
        return CACHE.computeIfAbsent(folder + name, CypherStatements::read);
    }

    static String read(String path) {
        String resource = path + ".cypher";
        try (InputStream in = CypherStatements.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("No Cypher statement at classpath:" + resource);
            }
            return clean(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read classpath:" + resource, e);
        }
    }

    /** Trims the text and drops one trailing semicolon, which the driver does not accept. */
    static String clean(String text) {
        String trimmed = text.strip();
        if (trimmed.endsWith(";")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1).stripTrailing();
        }
        return trimmed;
    }
}
