package com.ecosystemgraph.importing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Streams the rows of one ecosystem CSV file (RFC 4180, UTF-8, header row), so that even a file
 * of millions of rows is read in constant memory. Knows the line each row starts on.
 */
final class CsvRows {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setAllowMissingColumnNames(true)
            .setDuplicateHeaderMode(org.apache.commons.csv.DuplicateHeaderMode.ALLOW_ALL)
            .get();

    /** A row: the line it starts on and its cells by header name; {@code fieldCount} as written. */
    record Row(long line, Map<String, String> cells, int fieldCount) {
    }

    /** The header as written, in order. */
    record Header(List<String> names) {
    }

    private CsvRows() {
    }

    /**
     * Reads the file: the header goes to {@code onHeader} first, then every row to {@code onRow}.
     *
     * @throws CsvFormatException when the file is not UTF-8 or not valid CSV (with the line)
     */
    static void read(Path file, Consumer<Header> onHeader, Consumer<Row> onRow) {
        try (Reader reader = open(file); CSVParser parser = CSVParser.parse(reader, FORMAT)) {
            List<String> names = parser.getHeaderNames() == null ? List.of() : parser.getHeaderNames();
            onHeader.accept(new Header(Collections.unmodifiableList(new ArrayList<>(names))));
            long nextLine = parser.getCurrentLineNumber() + 1;
            try {
                for (CSVRecord record : parser) {
                    Map<String, String> cells = new LinkedHashMap<>();
                    for (int i = 0; i < names.size() && i < record.size(); i++) {
                        cells.putIfAbsent(names.get(i), record.get(i));
                    }
                    onRow.accept(new Row(nextLine, cells, record.size()));
                    nextLine = parser.getCurrentLineNumber() + 1;
                }
            } catch (UncheckedIOException e) {
                throw new CsvFormatException(nextLine, describe(e.getCause()));
            }
        } catch (IOException e) {
            throw new CsvFormatException(1, describe(e));
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new CsvFormatException(1, "the header row cannot be read: " + e.getMessage());
        }
    }

    private static Reader open(Path file) throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder), 1 << 16);
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        return reader;
    }

    private static String describe(Throwable e) {
        if (e instanceof java.nio.charset.CharacterCodingException) {
            return "the file is not valid UTF-8";
        }
        String message = e == null ? null : e.getMessage();
        return message == null ? "the file cannot be read as CSV" : "not valid CSV: " + message;
    }

    /** The file cannot be read as CSV at all. */
    static final class CsvFormatException extends RuntimeException {
        private final long line;

        CsvFormatException(long line, String message) {
            super(message, null, false, false);
            this.line = line;
        }

        long line() {
            return line;
        }
    }
}
