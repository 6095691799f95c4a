package com.ecosystemgraph.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.ecosystemgraph.embedded.EmbeddedNeo4j;
import com.ecosystemgraph.support.ServiceTest;
import com.ecosystemgraph.support.Users;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * No secret in any log line: runs last (see junit-platform.properties) and greps the log of the
 * whole test run (target/test-run.log, written by logback-test.xml) and Neo4j's own logs for every
 * configured secret: the users' passwords, the API keys and their secrets, and the Bolt passwords
 * (the people's, of every service test's data directory, and the service's own).
 */
@ServiceTest
@Order(Integer.MAX_VALUE)
class SecretsNotLoggedIT {

    @Autowired
    EmbeddedNeo4j embedded;

    @Test
    void noConfiguredSecretAppearsInTheLogsOfTheRun() throws IOException {
        List<String> secrets = new ArrayList<>();
        for (Role role : Role.values()) {
            secrets.add(Users.password(role));
            String key = Users.apiKey(role);
            secrets.add(key);
            secrets.add(key.substring(key.indexOf('_', ApiKeys.PREFIX.length()) + 1));
        }
        secrets.add(embedded.peoplePassword());
        secrets.add(embedded.servicePassword());
        try (Stream<Path> dirs = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            for (Path dir : dirs.filter(d -> d.getFileName().toString().startsWith("ecosystem-service-test-")).toList()) {
                Path file = dir.resolve(EmbeddedNeo4j.PASSWORD_FILE);
                if (Files.isReadable(file)) {
                    secrets.add(Files.readString(file).strip());
                }
            }
        }
        List<Path> logs = new ArrayList<>();
        logs.add(Path.of("target/test-run.log"));
        try (Stream<Path> files = Files.walk(embedded.home().resolve("logs"))) {
            files.filter(Files::isRegularFile).forEach(logs::add);
        }
        assertThat(Files.size(Path.of("target/test-run.log"))).as("the run's log is captured").isPositive();
        for (Path log : logs) {
            String text = Files.readString(log, java.nio.charset.StandardCharsets.ISO_8859_1);
            for (String secret : secrets) {
                assertThat(text.contains(secret)).as(log + " contains a secret of length " + secret.length()).isFalse();
            }
        }
        assertThat(secrets).hasSizeGreaterThan(10);
    }
}
