package com.ecosystemgraph.scoring;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads the test-only Cypher files under {@code src/test/resources/scoring/}. */
final class TestCypher {

    private TestCypher() {
    }

    static String read(String name) {
        try (InputStream in = TestCypher.class.getResourceAsStream("/scoring/" + name + ".cypher")) {
            if (in == null) {
                throw new IllegalStateException("No test statement scoring/" + name + ".cypher");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
