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

    /**
     * Counts for one file: rows that created a node or relationship, rows that changed one that
     * existed, and the rest, which were identical to what is stored and were not written.
     */
    public record FileReport(String file, long rows, long created, long updated, long relationshipsCreated,
            long relationshipsDeleted, long propertiesSet, Duration writeTime) {

        public long unchanged() {
            return rows - created - updated;
        }

        /** Nodes created (rows of a node file that were new; a link file creates relationships). */
        public long nodesCreated() {
            for (EcosystemFile known : EcosystemFile.values()) {
                if (known.fileName().equals(file)) {
                    return known.nodeKind() == null ? 0 : created;
                }
            }
            return 0;
        }
    }

    public long created() {
        return files.stream().mapToLong(FileReport::created).sum();
    }

    public long updated() {
        return files.stream().mapToLong(FileReport::updated).sum();
    }

    public long unchanged() {
        return files.stream().mapToLong(FileReport::unchanged).sum();
    }

    /** True when the import wrote something (a created or updated row). */
    public boolean changed() {
        return created() + updated() > 0;
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
