package com.ecosystemgraph.demodata;

import java.nio.file.Path;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * What one generator run wrote.
 *
 * @param folder         the import folder (holds the nine CSV v1 files)
 * @param files          the nine CSV v1 files in import order, each with its number of data rows
 * @param partnerTruth   {@code planted/partner_truth.csv}: true success probability and draw per partner and prospect
 * @param plantedEffects {@code planted/planted-effects.json}: the planted structure with ids, sizes and targets
 */
public record GenerationSummary(Path folder, List<CsvFile> files, Path partnerTruth, Path plantedEffects) {

    public GenerationSummary {
        files = List.copyOf(files);
    }

    /**
     * One written CSV file.
     *
     * @param name file name, e.g. {@code deals.csv}
     * @param path where it was written
     * @param rows data rows (the header not counted)
     */
    public record CsvFile(String name, Path path, long rows) {
    }

    /** Data rows of the named file, e.g. {@code rows("deals.csv")}. */
    public long rows(String fileName) {
        return file(fileName).rows();
    }

    /** Path of the named file. */
    public Path path(String fileName) {
        return file(fileName).path();
    }

    private CsvFile file(String fileName) {
        return files.stream().filter(f -> f.name().equals(fileName)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("no generated file named " + fileName));
    }
}
