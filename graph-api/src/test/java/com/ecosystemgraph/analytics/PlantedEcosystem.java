package com.ecosystemgraph.analytics;

import com.ecosystemgraph.demo.DemoEcosystemGenerator;
import com.ecosystemgraph.demo.DemoOptions;
import com.ecosystemgraph.importing.EcosystemImporter;
import com.ecosystemgraph.support.TestNeo4j;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo ecosystem (scale 1, seed 42) generated once per test JVM and imported into the shared
 * test database on demand, with what the generator says it planted.
 */
final class PlantedEcosystem {

    private static Path folder;
    private static JsonNode planted;

    private PlantedEcosystem() {
    }

    /** Generates (once), cleans the shared database and imports; returns the planted effects. */
    static synchronized JsonNode importInto() {
        try {
            if (folder == null) {
                folder = TestNeo4j.temporaryFolder("analytics-demo");
                new DemoEcosystemGenerator().generate(DemoOptions.defaults().withSeed(42).withScale(1), folder);
                planted = JsonMapper.builder().build().readTree(Files.readString(folder.resolve("planted/planted-effects.json")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        TestNeo4j.clean();
        new EcosystemImporter(TestNeo4j.driver(), null).importFolder(folder, EcosystemImporter.Options.defaults(),
                EcosystemImporter.Progress.NONE);
        return planted;
    }

    static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(n -> values.add(n.asString()));
        return values;
    }
}
