package com.ecosystemgraph.training;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the demo generator's {@code planted/partner_truth.csv}: the true success probability of
 * every partner (columns partner_id, success_probability; others ignored).
 */
public final class TruthFile {

    private TruthFile() {
    }

    public static Map<String, Double> read(Path file) {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader in = Files.newBufferedReader(file)) {
            Map<String, Double> truth = new HashMap<>();
            for (CSVRecord r : format.parse(in)) {
                if (!r.isMapped("partner_id") || !r.isMapped("success_probability")) {
                    throw new IllegalArgumentException(file + " needs the columns partner_id and success_probability");
                }
                String p = r.get("success_probability");
                if (p != null && !p.isBlank()) {
                    truth.put(r.get("partner_id"), Double.parseDouble(p));
                }
            }
            return truth;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the truth file " + file, e);
        }
    }
}
