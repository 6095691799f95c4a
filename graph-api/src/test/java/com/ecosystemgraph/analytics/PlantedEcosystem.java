package com.ecosystemgraph.analytics;

import com.ecosystemgraph.demodata.DemoEcosystemGenerator;
import com.ecosystemgraph.demodata.DemoOptions;
import com.ecosystemgraph.importing.EcosystemImporter;
import com.ecosystemgraph.support.TestNeo4j;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Demo ecosystems (scale 1; the demo's seed 42 unless another is named) generated once per test JVM
 * and seed, and imported into the shared test database on demand through the CSV importer, with
 * what the generator says it planted.
 */
final class PlantedEcosystem {

    private static final Map<Long, Path> FOLDERS = new HashMap<>();
    private static final Map<Long, JsonNode> PLANTED = new HashMap<>();

    private PlantedEcosystem() {
    }

    /** The demo (seed 42): generates (once), cleans the shared database and imports; returns the planted effects. */
    static JsonNode importInto() {
        return importInto(42);
    }

    /** The same for another seed. */
    static synchronized JsonNode importInto(long seed) {
        try {
            if (!FOLDERS.containsKey(seed)) {
                Path folder = TestNeo4j.temporaryFolder("analytics-demo-" + seed);
                new DemoEcosystemGenerator().generate(DemoOptions.defaults().withSeed(seed).withScale(1), folder);
                FOLDERS.put(seed, folder);
                PLANTED.put(seed, JsonMapper.builder().build().readTree(Files.readString(folder.resolve("planted/planted-effects.json"))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        TestNeo4j.clean();
        new EcosystemImporter(TestNeo4j.driver(), null).importFolder(FOLDERS.get(seed), EcosystemImporter.Options.defaults(),
                EcosystemImporter.Progress.NONE);
        return PLANTED.get(seed);
    }

    static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(n -> values.add(n.asString()));
        return values;
    }
}
