package com.ecosystemgraph.cypher;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Finds the migration files in the classpath folder {@code cypher/migrations/}, whether the
 * classes run from a folder (IDE, Maven) or from a jar (nested in the service's fat jar too).
 */
public final class MigrationCatalog {

    static final String FOLDER = "cypher/migrations/";

    private MigrationCatalog() {
    }

    /** All migrations on the classpath, ordered by version; duplicate versions are refused. */
    public static List<Migration> load() {
        URL folder = MigrationCatalog.class.getClassLoader().getResource(FOLDER);
        if (folder == null) {
            throw new IllegalStateException("No classpath folder " + FOLDER + ": the cypher module is missing");
        }
        Map<String, String> files = "file".equals(folder.getProtocol()) ? fromDirectory(folder) : fromJar(folder);
        return ordered(files);
    }

    static List<Migration> ordered(Map<String, String> files) {
        List<Migration> migrations = new ArrayList<>();
        files.forEach((name, text) -> migrations.add(Migration.of(name, text)));
        migrations.sort(Comparator.comparingInt(Migration::version));
        for (int i = 1; i < migrations.size(); i++) {
            if (migrations.get(i).version() == migrations.get(i - 1).version()) {
                throw new IllegalStateException("Two migrations share version " + migrations.get(i).version());
            }
        }
        return List.copyOf(migrations);
    }

    private static Map<String, String> fromDirectory(URL folder) {
        Map<String, String> files = new HashMap<>();
        try (Stream<Path> paths = Files.list(Path.of(folder.toURI()))) {
            for (Path path : paths.filter(p -> p.getFileName().toString().endsWith(".cypher")).toList()) {
                files.put(path.getFileName().toString(), Files.readString(path, StandardCharsets.UTF_8));
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + folder, e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Cannot list " + folder, e);
        }
    }

    private static Map<String, String> fromJar(URL folder) {
        Map<String, String> files = new HashMap<>();
        try {
            URLConnection connection = folder.openConnection();
            if (!(connection instanceof JarURLConnection jarConnection)) {
                throw new IllegalStateException("Cannot list migrations at " + folder);
            }
            jarConnection.setUseCaches(false);
            try (JarFile jar = jarConnection.getJarFile()) {
                Enumeration<JarEntry> entries = jar.entries();
                while (entries.hasMoreElements()) {
                    JarEntry entry = entries.nextElement();
                    String name = entry.getName();
                    if (name.startsWith(FOLDER) && name.endsWith(".cypher") && name.indexOf('/', FOLDER.length()) < 0) {
                        try (InputStream in = jar.getInputStream(entry)) {
                            files.put(name.substring(FOLDER.length()), new String(in.readAllBytes(), StandardCharsets.UTF_8));
                        }
                    }
                }
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list migrations at " + folder, e);
        }
    }
}
