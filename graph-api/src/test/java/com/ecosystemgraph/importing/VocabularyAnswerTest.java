package com.ecosystemgraph.importing;

import com.ecosystemgraph.graph.Vocabulary;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code vocabularies} answer as recorded in graphql-test/answers/vocabularies.json: the web client's unit
 * test (src/lib/vocabulary.test.ts) reads that file to check that every enum value the schema declares gets a
 * display name, so it must be what the service answers. Record it again after a change of {@link Vocabulary}
 * with {@code -Danswers.record=<abs path>/graph-api/src/test/resources/graphql-test/answers}.
 */
class VocabularyAnswerTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void theRecordedAnswerIsWhatTheServiceAnswers() throws IOException {
        JsonNode answer = JSON.valueToTree(Map.of("data", Map.of("vocabularies", new VocabularyController().vocabularies())));
        String record = System.getProperty("answers.record");
        if (record != null) {
            Files.createDirectories(Path.of(record));
            Files.writeString(Path.of(record, "vocabularies.json"),
                    JSON.writerWithDefaultPrettyPrinter().writeValueAsString(answer) + "\n");
            return;
        }
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("graphql-test/answers/vocabularies.json")) {
            assertThat(in).as("graphql-test/answers/vocabularies.json is recorded").isNotNull();
            JsonNode expected = JSON.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            assertThat(answer).isEqualTo(expected);
        }
    }
}
