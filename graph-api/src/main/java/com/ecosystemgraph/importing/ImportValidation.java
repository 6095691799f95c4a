package com.ecosystemgraph.importing;

import com.ecosystemgraph.graph.NodeKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything the first pass of an import learns ({@link FileValidation}, {@link GraphReferences}):
 * the problems and warnings, the keys seen per file, the references still to look up in the graph,
 * the row counts and the newest date. Only ids are kept, never rows.
 */
final class ImportValidation {

    /** Where a reference was made: file, line and column. */
    record Location(String file, long line, String column) {
    }

    /** An id the import refers to but does not contain: the kinds it may name and where it is used. */
    record PendingReference(List<NodeKind> kinds, List<Location> locations) {
    }

    final int maxProblems;
    final List<String> warnings = new ArrayList<>();
    final List<ImportProblem> problems = new ArrayList<>();
    long problemCount;
    final Map<EcosystemFile, Map<String, Long>> keys = new EnumMap<>(EcosystemFile.class);
    final Map<String, PendingReference> pending = new HashMap<>();
    final Map<String, NodeKind> graphKinds = new HashMap<>();
    final Map<EcosystemFile, Long> rowCounts = new EnumMap<>(EcosystemFile.class);
    LocalDate newestDate;

    ImportValidation(int maxProblems) {
        this.maxProblems = maxProblems;
    }

    void problem(String file, long line, String column, String reason) {
        problemCount++;
        // Keep more than shown so that the shown ones are the first by file and line after sorting.
        if (problems.size() < Math.max(maxProblems * 20, 1_000)) {
            problems.add(new ImportProblem(file, line, column, reason));
        }
    }

    List<ImportProblem> sortedProblems(int cap) {
        Map<String, Integer> order = new HashMap<>();
        for (EcosystemFile file : EcosystemFile.values()) {
            order.put(file.fileName(), file.ordinal());
        }
        return problems.stream()
                .sorted(Comparator.comparing((ImportProblem p) -> order.getOrDefault(p.file(), -1))
                        .thenComparingLong(ImportProblem::line))
                .limit(cap)
                .toList();
    }

    Map<String, Long> importedIds(NodeKind kind) {
        for (EcosystemFile file : EcosystemFile.values()) {
            if (file.nodeKind() == kind) {
                return keys.getOrDefault(file, Map.of());
            }
        }
        return Map.of();
    }

    void noteDates(RowRules.Values values) {
        for (Object value : values.byColumn().values()) {
            if (value instanceof LocalDate date && (newestDate == null || date.isAfter(newestDate))) {
                newestDate = date;
            }
        }
    }

    NodeKind kindOf(String id, List<NodeKind> kinds) {
        for (NodeKind kind : kinds) {
            if (importedIds(kind).containsKey(id)) {
                return kind;
            }
        }
        return graphKinds.get(id);
    }
}
