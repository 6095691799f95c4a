package com.ecosystemgraph.importing;

/**
 * A rule a row breaks: where (file, line, column) and why. Line 1 is the header.
 *
 * @param column the column, or empty when the whole row or file is at fault
 */
public record ImportProblem(String file, long line, String column, String reason) {

    @Override
    public String toString() {
        return file + ":" + line + ": " + (column.isEmpty() ? "" : column + ": ") + reason;
    }
}
