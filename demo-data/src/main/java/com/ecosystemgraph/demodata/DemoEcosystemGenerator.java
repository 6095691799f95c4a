package com.ecosystemgraph.demodata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Generates the deterministic demo partner ecosystem in the ecosystem CSV v1 format.
 *
 * <p>The nine import files go into the given folder; two side files that the importer does not read
 * (it does not recurse) go into its {@code planted/} subfolder: {@code partner_truth.csv} (each
 * partner's and prospect's true success probability and draw) and {@code planted-effects.json} (the
 * planted structure, so that tests can check that the analytics recover it). The same options
 * always produce byte-identical files. See {@code docs/demo-data.md}.
 */
public final class DemoEcosystemGenerator {

    /** Name of the subfolder that holds the side files. */
    public static final String PLANTED_FOLDER = "planted";

    /**
     * Generates the ecosystem into {@code folder} (created if missing; existing files of the same names
     * are replaced).
     *
     * @throws IllegalArgumentException if the options cannot hold the planted structure
     * @throws UncheckedIOException     if a file cannot be written
     */
    public GenerationSummary generate(DemoOptions options, Path folder) {
        Objects.requireNonNull(options, "options must not be null");
        Objects.requireNonNull(folder, "folder must not be null");
        EcosystemBuilder ecosystem = new EcosystemBuilder(options).build();
        try {
            CsvOutput output = new CsvOutput(ecosystem, folder);
            var files = output.writeAll();
            Path planted = folder.resolve(PLANTED_FOLDER);
            Files.createDirectories(planted);
            Path truth = output.writePartnerTruth(planted);
            Path effects = new PlantedEffects(ecosystem).write(planted);
            return new GenerationSummary(folder, files, truth, effects);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the demo ecosystem to " + folder, e);
        }
    }
}
