package com.ecosystemgraph.fuzz;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * Hostile import folders: the small fixture ecosystem with one cell of one file replaced by a hostile
 * value (the strings of {@link HostileDocuments}, huge numbers, broken dates, control and bidi
 * characters, lone surrogates, quotes and line breaks), written with correct CSV quoting or, now and
 * then, without it. The same seed gives the same folders.
 */
final class HostileRows {

    /** What was changed: file, line (1 is the header), column and the value written. */
    record Change(String file, int line, String column, String value) {

        /** A problem's reason without the value itself (the import may quote the operator's own value back). */
        String withoutValue(String reason) {
            String printable = printable(value);
            return value.isEmpty() ? reason : reason.replace(value, "").replace(printable, "");
        }

        @Override
        public String toString() {
            return file + ":" + line + " " + column + " = '" + printable(value) + "'";
        }
    }

    private static final List<String> VALUES = List.of("-1", "1e309", "99999999999999999999999", "NaN", "1.5.5", "0x10",
            "2024-02-30", "9999999-01-01", "yesterday", "true", "platinum;;;", ";", "a;b;c", "\"", "\"\"", "\r\n", "x\ny",
            "\uD800", "\uFEFF", "P1", "P2", "C1", "Q9", "DUPLICATE");

    private final SplittableRandom random;

    HostileRows(long seed) {
        this.random = new SplittableRandom(seed);
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    /** Copies the fixture into {@code folder} with one hostile change. */
    Change write(Path fixture, Path folder) throws IOException {
        List<Path> files;
        try (Stream<Path> listed = Files.list(fixture)) {
            files = listed.sorted().toList();
        }
        for (Path file : files) {
            Files.copy(file, folder.resolve(file.getFileName()));
        }
        Path target = folder.resolve(pick(files).getFileName());
        List<String> lines = new ArrayList<>(Files.readAllLines(target));
        List<String> header = List.of(lines.getFirst().split(",", -1));
        int column = random.nextInt(header.size());
        String value = switch (random.nextInt(4)) {
            case 0, 1 -> pick(HostileDocuments.HOSTILE_STRINGS);
            case 2 -> pick(VALUES);
            default -> pick(List.of("x".repeat(65), "N".repeat(201), "t".repeat(2_001), "é".repeat(100_000)));
        };
        boolean quoted = random.nextInt(10) > 0;
        String cell = quoted ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
        int line;
        if (random.nextInt(3) == 0 || lines.size() < 2) {
            // A new row: a copy of the first data row with the hostile cell.
            List<String> row = new ArrayList<>(List.of(lines.get(1).split(",", -1)));
            if (column < row.size()) {
                row.set(column, cell);
            }
            lines.add(String.join(",", row));
            line = lines.size();
        } else {
            line = 2 + random.nextInt(lines.size() - 1);
            List<String> row = new ArrayList<>(List.of(lines.get(line - 1).split(",", -1)));
            if (column < row.size()) {
                row.set(column, cell);
            }
            lines.set(line - 1, String.join(",", row));
        }
        Files.write(target, bytes(String.join("\n", lines) + "\n"));
        return new Change(target.getFileName().toString(), line, header.get(column), value);
    }

    /**
     * The file's bytes in UTF-8, except that a lone surrogate becomes the bytes a careless encoder
     * writes for it (ED A0 80: not UTF-8), as a broken export would.
     */
    private static byte[] bytes(String text) {
        byte[] encoded = text.replace("\uD800", "\uE000").getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i + 2 < encoded.length; i++) {
            if (encoded[i] == (byte) 0xEE && encoded[i + 1] == (byte) 0x80 && encoded[i + 2] == (byte) 0x80) {
                encoded[i] = (byte) 0xED;
                encoded[i + 1] = (byte) 0xA0;
            }
        }
        return encoded;
    }

    static String printable(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (Character.isISOControl(c) || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069 || Character.isSurrogate(c)) {
                out.append(String.format("\\u%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
