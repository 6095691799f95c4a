package com.ecosystemgraph.scoring.model;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The checksum list of a model: the SHA-256 of every file that changes a score or what users are
 * told (both model files and the card, whose calibration, feature schema and metrics the service
 * reads), one line per file in {@code sha256sum} format, sorted by name. Its own SHA-256 is the
 * model's <em>checksum</em>: stored with the model in the database and shown by the API, so one
 * value covers everything a model is (issue 20, item 2). In a model folder the list is the file
 * {@code checksums.sha256}, which {@code sha256sum -c checksums.sha256} checks too.
 *
 * <p>A checksum detects a file changed after training (by hand, by a faulty copy, by a write to
 * the database around the service); it is not a signature: whoever can rewrite the card and the
 * list together can make them agree (docs/adr/0014-models-in-the-database.md).
 */
public record ModelManifest(Map<String, String> files) {

    /** The file name of the list in a model folder. */
    public static final String FILE_NAME = "checksums.sha256";

    private static final Pattern LINE = Pattern.compile("([0-9a-f]{64}) [ *]([A-Za-z0-9._-]+)");

    public ModelManifest {
        files = Collections.unmodifiableMap(new TreeMap<>(files));
    }

    /** The list of the given files' bytes. */
    public static ModelManifest of(Map<String, byte[]> contents) {
        Map<String, String> files = new TreeMap<>();
        contents.forEach((name, bytes) -> files.put(name, Checksums.sha256(bytes)));
        return new ModelManifest(files);
    }

    /**
     * Reads a list in {@code sha256sum} format.
     *
     * @param where names the list in a refusal ("checksums.sha256 in /models/ipp-1")
     * @throws ModelLoadException when a line is not {@code <64 hex digits>  <file name>}
     */
    public static ModelManifest parse(String text, String where) {
        Map<String, String> files = new TreeMap<>();
        int number = 0;
        for (String line : text.split("\n", -1)) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            Matcher m = LINE.matcher(line.strip());
            if (!m.matches()) {
                throw new ModelLoadException("Line " + number + " of " + where + " is not '<SHA-256>  <file name>': the checksum list is"
                        + " damaged, so the model is refused");
            }
            if (files.put(m.group(2), m.group(1)) != null) {
                throw new ModelLoadException(
                        where + " lists " + m.group(2) + " twice: the checksum list is damaged, so the model is refused");
            }
        }
        return new ModelManifest(files);
    }

    /** The list as {@code sha256sum} writes it: {@code <sha256>  <name>}, one line per file, sorted by name. */
    public String text() {
        StringBuilder out = new StringBuilder();
        files.forEach((name, sha) -> out.append(sha).append("  ").append(name).append('\n'));
        return out.toString();
    }

    /** The model's checksum: the SHA-256 of {@link #text()}. */
    public String checksum() {
        return Checksums.sha256(text().getBytes(StandardCharsets.UTF_8));
    }
}
