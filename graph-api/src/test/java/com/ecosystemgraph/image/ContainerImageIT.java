package com.ecosystemgraph.image;

import static org.assertj.core.api.Assertions.assertThat;

import com.ecosystemgraph.EcosystemGraphApplication;
import com.ecosystemgraph.readiness.ReadinessProbe;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The container image that {@code ./mvnw -Pimage package} builds, checked from its tar without
 * running it: what a platform team relies on (user, entry point, port, volume, health check,
 * labels) and what the layers hold (the Java runtime, the service, a /data the user can write).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContainerImageIT {

    private final JsonMapper json = JsonMapper.builder().build();
    private JsonNode config;
    private JsonNode manifest;
    /** Every file of every layer, by path without the leading slash; later layers win, as in a container. */
    private final Map<String, TarArchiveEntry> files = new HashMap<>();
    private final List<String> layers = new ArrayList<>();

    @BeforeAll
    void unpack() throws IOException {
        Path tar = Path.of(System.getProperty("image.tar", "target/ecosystem-graph-image.tar"));
        assertThat(tar).as("built by ./mvnw -Pimage package").exists();
        Map<String, byte[]> entries = new HashMap<>();
        try (TarArchiveInputStream in = new TarArchiveInputStream(new BufferedInputStream(Files.newInputStream(tar)))) {
            for (TarArchiveEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().endsWith(".json")) {
                    entries.put(entry.getName(), in.readAllBytes());
                } else if (entry.isFile()) {
                    layers.add(entry.getName());
                    readLayer(in);
                }
            }
        }
        manifest = json.readTree(entries.get("manifest.json")).get(0);
        config = json.readTree(entries.get(manifest.get("Config").asString()));
    }

    private void readLayer(InputStream layer) throws IOException {
        // Jib writes its layers gzipped; read one without closing the outer tar.
        InputStream unclosable = new java.io.FilterInputStream(layer) {
            @Override
            public void close() {
            }
        };
        try (TarArchiveInputStream in = new TarArchiveInputStream(new GzipCompressorInputStream(new BufferedInputStream(unclosable)))) {
            for (TarArchiveEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName().replaceFirst("^\\./", "").replaceFirst("^/", "").replaceFirst("/$", ""), entry);
            }
        }
    }

    @Test
    void runsAsANonRootUserWithTheDataDirectoryAsAVolumeItOwns() {
        JsonNode container = config.get("config");
        assertThat(container.get("User").asString()).isEqualTo("10001:10001");
        assertThat(container.get("Volumes").has("/data")).isTrue();
        assertThat(env(container)).contains("ECOSYSTEM_DATA_DIR=/data");
        TarArchiveEntry data = files.get("data");
        assertThat(data).as("/data in the image, so a new volume starts with its owner").isNotNull();
        assertThat(data.isDirectory()).isTrue();
        assertThat(data.getLongUserId()).isEqualTo(10001);
        assertThat(data.getLongGroupId()).isEqualTo(10001);
    }

    @Test
    void startsTheServiceWithTheImagesJavaAndExposesItsPort() {
        JsonNode container = config.get("config");
        List<String> entrypoint = strings(container.get("Entrypoint"));
        assertThat(entrypoint.getFirst()).isEqualTo("java");
        assertThat(entrypoint).contains("-XX:MaxRAMPercentage=50", EcosystemGraphApplication.class.getName());
        assertThat(entrypoint.getLast()).isEqualTo(EcosystemGraphApplication.class.getName());
        assertThat(container.get("ExposedPorts").has("8080/tcp")).isTrue();
        assertThat(env(container)).anyMatch(e -> e.startsWith("PATH=/opt/java/bin:"));

        TarArchiveEntry java = files.get("opt/java/bin/java");
        assertThat(java).as("a Java runtime at /opt/java").isNotNull();
        assertThat(java.getMode() & 0111).as("java is executable").isNotZero();
        assertThat(files).containsKeys("opt/java/lib/server/libjvm.so", "usr/lib/x86_64-linux-gnu/libc.so.6",
                "usr/lib/x86_64-linux-gnu/libfontconfig.so.1", "etc/passwd");
        assertThat(files).containsKey("app/classes/" + EcosystemGraphApplication.class.getName().replace('.', '/') + ".class");
        assertThat(files.keySet()).anyMatch(f -> f.matches("app/libs/neo4j-kernel-.*\\.jar"));
        assertThat(files.keySet()).as("the cypher statements travel in their module's jar")
                .anyMatch(f -> f.matches("app/libs/cypher-.*\\.jar"));
    }

    @Test
    void checksItsHealthOnReadinessWithAClassTheImageHolds() {
        JsonNode health = config.get("config").get("Healthcheck");
        assertThat(health).as("Docker HEALTHCHECK").isNotNull();
        List<String> test = strings(health.get("Test"));
        assertThat(test).startsWith("CMD", "java").contains("/app/classes", ReadinessProbe.class.getName());
        assertThat(files).containsKey("app/classes/" + ReadinessProbe.class.getName().replace('.', '/') + ".class");
        assertThat(health.get("StartPeriod").asLong()).as("room for a first start that loads the demo")
                .isGreaterThanOrEqualTo(300_000_000_000L);
    }

    @Test
    void isLabelledAndLayeredForCaching() {
        JsonNode labels = config.get("config").get("Labels");
        assertThat(labels.get("org.opencontainers.image.title").asString()).isEqualTo("Ecosystem Graph");
        assertThat(labels.get("org.opencontainers.image.version").asString())
                .isEqualTo(System.getProperty("image.version", "0.1.0-SNAPSHOT"));
        assertThat(labels.get("com.ecosystemgraph.base.java").asString()).startsWith("25");
        // base: packages, Java runtime; Jib: dependencies, snapshot dependencies, resources, classes (and more when present)
        assertThat(layers).hasSizeGreaterThanOrEqualTo(6);
        assertThat(config.get("rootfs").get("diff_ids").size()).isEqualTo(layers.size());
        assertThat(strings(manifest.get("RepoTags")))
                .containsExactly("ecosystem-graph:" + System.getProperty("image.version", "0.1.0-SNAPSHOT"));
    }

    private static List<String> env(JsonNode container) {
        return strings(container.get("Env"));
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asString()));
        return values;
    }
}
