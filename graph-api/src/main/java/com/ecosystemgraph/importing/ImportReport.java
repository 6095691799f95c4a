package com.ecosystemgraph.importing;

import java.time.Duration;
import java.util.List;

/**
 * What an import did, or why it did nothing.
 *
 * @param files per-file counts, in import order (empty when validation failed)
 * @param warnings things ignored on purpose (unknown columns, files not part of the format)
 * @param problems the first problems found (at most the cap), in file and line order
 * @param totalProblems all problems found; more than {@code problems.size()} when capped
 * @param elapsed wall time of the whole import
 */
public record ImportReport(List<FileReport> files, List<String> warnings, List<ImportProblem> problems,
                           long totalProblems, Duration elapsed) {

    /** Counts for one file. Nodes "updated" are rows whose node already existed. */
    public record FileReport(String file, long rows, long nodesCreated, long relationshipsCreated,
                             long relationshipsDeleted, long propertiesSet, Duration writeTime) {
    }

    public boolean succeeded() {
        return totalProblems == 0;
    }

    public long rows() {
        return files.stream().mapToLong(FileReport::rows).sum();
    }

    public double rowsPerSecond() {
        double seconds = Math.max(elapsed.toNanos() / 1e9, 1e-9);
        return rows() / seconds;
    }
}
