package com.ecosystemgraph.importing;

import com.ecosystemgraph.graph.NodeKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The first pass of an import, without the database: reads every file of the folder, parses and
 * validates every row ({@link RowRules#check}), and checks duplicate keys and the references between
 * the files. References to ids that are not in the files are left pending for {@link GraphReferences}.
 */
final class FileValidation {

    private FileValidation() {
    }

    static ImportValidation validateFiles(Path folder, EcosystemImporter.Options options, EcosystemImporter.Progress progress) {
        ImportValidation v = new ImportValidation(options.maxProblems());
        if (!Files.isDirectory(folder)) {
            v.problem(EcosystemFile.PARTNERS.fileName(), 0, "", "the folder " + folder + " does not exist or is not a folder");
            return v;
        }
        warnAboutUnknownFiles(folder, v);
        for (EcosystemFile file : EcosystemFile.values()) {
            Path path = folder.resolve(file.fileName());
            if (!Files.isRegularFile(path)) {
                if (file.mandatory()) {
                    v.problem(file.fileName(), 0, "", "file is missing: every import needs partners.csv");
                }
                continue;
            }
            progress.validating(file);
            validateFile(file, path, v);
        }
        return v;
    }

    private static void warnAboutUnknownFiles(Path folder, ImportValidation v) {
        Set<String> known = new HashSet<>();
        for (EcosystemFile file : EcosystemFile.values()) {
            known.add(file.fileName());
        }
        try (Stream<Path> entries = Files.list(folder)) {
            entries.filter(Files::isRegularFile)
                    .map(p -> p.getFileName().toString())
                    .filter(name -> name.toLowerCase(Locale.ROOT).endsWith(".csv") && !known.contains(name))
                    .sorted()
                    .forEach(name -> v.warnings.add(name + ": not a file of the ecosystem CSV v1 format, ignored"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + folder, e);
        }
    }

    private static void validateFile(EcosystemFile file, Path path, ImportValidation v) {
        FileState state = new FileState();
        try {
            CsvRows.read(path, header -> readHeader(file, header, state, v), row -> validateRow(file, row, state, v));
        } catch (CsvRows.CsvFormatException e) {
            v.problem(file.fileName(), e.line(), "", e.getMessage());
        }
        v.rowCounts.put(file, state.rows);
    }

    private static void readHeader(EcosystemFile file, CsvRows.Header header, FileState state, ImportValidation v) {
        String name = file.fileName();
        state.header = header.names();
        Set<String> seen = new HashSet<>();
        for (String column : header.names()) {
            if (!seen.add(column)) {
                v.problem(name, 1, column, "column appears more than once in the header");
            } else if (file.column(column).isEmpty()) {
                v.warnings.add(name + ": column '" + column + "' is not part of the format, ignored");
            }
        }
        for (String missing : RowRules.missingRequiredColumns(file, seen)) {
            v.problem(name, 1, missing, "required column is missing from the header");
            state.unusable = true;
        }
        state.present = seen;
    }

    private static void validateRow(EcosystemFile file, CsvRows.Row row, FileState state, ImportValidation v) {
        String name = file.fileName();
        state.rows++;
        if (state.unusable) {
            return;
        }
        if (row.fieldCount() != state.header.size()) {
            v.problem(name, row.line(), "", "row has " + row.fieldCount() + " fields but the header has " + state.header.size());
            return;
        }
        List<RowRules.Violation> violations = new ArrayList<>();
        RowRules.Values values = RowRules.check(file, row.cells(), state.present, violations);
        for (RowRules.Violation violation : violations) {
            v.problem(name, row.line(), violation.column(), violation.reason());
        }
        v.noteDates(values);
        checkKeys(file, row.line(), values, v);
        checkReferences(file, row.line(), values, v);
    }

    private static final class FileState {
        List<String> header = List.of();
        Set<String> present = Set.of();
        boolean unusable;
        long rows;
    }

    private static void checkKeys(EcosystemFile file, long line, RowRules.Values values, ImportValidation v) {
        String key = switch (file) {
            case CUSTOMER_INTEGRATIONS -> pair(values, "customer_id", "integration_id");
            case DEAL_PARTNERS -> pair(values, "deal_id", "partner_id");
            case PARTNER_CUSTOMERS -> pair(values, "partner_id", "customer_id");
            case REFERRALS -> pair(values, "referrer_id", "referred_id");
            default -> values.text("id");
        };
        if (key == null) {
            return;
        }
        Long first = v.keys.computeIfAbsent(file, f -> new HashMap<>()).putIfAbsent(key, line);
        if (first != null) {
            String what = file.nodeKind() != null ? "id '" + key + "'" : "the pair " + key.replace('\u0000', '/');
            v.problem(file.fileName(), line, file.nodeKind() != null ? "id" : "", what + " already appears on line " + first);
        }
    }

    private static String pair(RowRules.Values values, String a, String b) {
        String left = values.text(a);
        String right = values.text(b);
        return left == null || right == null ? null : left + '\u0000' + right;
    }

    private static void checkReferences(EcosystemFile file, long line, RowRules.Values values, ImportValidation v) {
        file.references().forEach((column, kinds) -> {
            String id = values.text(column);
            if (id == null) {
                return;
            }
            List<NodeKind> found = new ArrayList<>(2);
            for (NodeKind kind : kinds) {
                if (v.importedIds(kind).containsKey(id)) {
                    found.add(kind);
                }
            }
            if (found.size() > 1) {
                v.problem(file.fileName(), line, column,
                        "'" + id + "' names both a partner and a customer: ids must be distinct across kinds");
            } else if (found.isEmpty()) {
                v.pending.computeIfAbsent(id, k -> new ImportValidation.PendingReference(kinds, new ArrayList<>()))
                        .locations().add(new ImportValidation.Location(file.fileName(), line, column));
            }
        });
    }
}
