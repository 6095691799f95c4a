package com.ecosystemgraph.embedded;

import com.ecosystemgraph.cypher.CypherStatements;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.neo4j.graphdb.GraphDatabaseService;

/**
 * The two database users of the embedded Bolt connector: {@code neo4j} for people, with a password
 * generated once into a file only its owner can read, and the service's own user with a password
 * made anew at every start (kept in memory only). Neither password is ever logged.
 */
final class BoltUsers {

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    /** User administration is start-up work, not a request: on a busy machine it takes longer than the requests' timeout. */
    private static final Duration TIMEOUT = Duration.ofMinutes(5);

    /** The people's password file, whether it was made now, and the service's password. */
    record Passwords(Path file, boolean generated, String service) {
    }

    private static final String PASSWORD_PREFIX = ".bolt-password-";

    private BoltUsers() {
    }

    static Passwords prepare(GraphDatabaseService system, Path file, String peopleUser, String serviceUser) {
        boolean generated = false;
        try {
            if (!Files.exists(file)) {
                String password = random();
                // The password is set first and the file written after: a start that fails in between
                // leaves no file naming a password the database does not have.
                system.executeTransactionally(CypherStatements.query("embedded/set-user-password"),
                        Map.of("user", peopleUser, "password", password), result -> null, TIMEOUT);
                Path written = Files.createTempFile(file.getParent(), PASSWORD_PREFIX, ".tmp",
                        PosixFilePermissions.asFileAttribute(OWNER_ONLY));
                Files.writeString(written, password + System.lineSeparator());
                Files.move(written, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                generated = true;
            } else {
                restrict(file);
            }
        } catch (IOException e) {
            throw new EmbeddedNeo4jException("Cannot write the Bolt password file " + file + ": " + e.getMessage(), e);
        }
        String service = random();
        system.executeTransactionally(CypherStatements.query("embedded/replace-service-user"),
                Map.of("user", serviceUser, "password", service), result -> null, TIMEOUT);
        return new Passwords(file, generated, service);
    }

    private static void restrict(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system (Windows): the file inherits the data directory's access rules.
        }
    }

    private static String random() {
        SecureRandom random = new SecureRandom();
        StringBuilder text = new StringBuilder(24);
        for (int i = 0; i < 24; i++) {
            text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return text.toString();
    }
}
