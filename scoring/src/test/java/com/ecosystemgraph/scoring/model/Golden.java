package com.ecosystemgraph.scoring.model;

import com.ecosystemgraph.scoring.features.PartnerFeatures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The committed golden model (written by model-training's WriteGoldenModel) and its inputs. */
public final class Golden {

    private Golden() {
    }

    public static Path directory() {
        try {
            return Path.of(Golden.class.getResource("/golden/model-card.json").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static List<PartnerFeatures> rows() {
        try {
            return JsonMapper.builder().build().readValue(Files.readString(directory().resolve("rows.json")),
                    new TypeReference<List<PartnerFeatures>>() {
                    });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Map<String, Double> expected() {
        try {
            Map<String, Double> expected = new LinkedHashMap<>();
            for (String line : Files.readAllLines(directory().resolve("expected-probabilities.csv")).subList(1, 13)) {
                String[] parts = line.split(",");
                expected.put(parts[0], Double.parseDouble(parts[1]));
            }
            return expected;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The golden models. */
    public static ScoringModels models() {
        return new ModelLoader().loadDirectory(directory());
    }

    /** The golden prospect model. */
    public static IppModel prospectModel() {
        return models().prospect();
    }

    /** A copy of the golden folder (the model files, the card and their checksums) that a test may damage. */
    public static Path copyTo(Path target) {
        try {
            Files.createDirectories(target);
            for (String f : List.of("ipp-model.tribuo", "ipp-partner-model.tribuo", "model-card.json", ModelManifest.FILE_NAME)) {
                Files.copy(directory().resolve(f), target.resolve(f));
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
