package com.ecosystemgraph.importing;

import com.ecosystemgraph.graph.Vocabulary;
import com.ecosystemgraph.security.ViewerAccess;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code vocabularies}: every enumerated value with its display name and aliases, from {@link Vocabulary}. */
@Controller
@ViewerAccess
class VocabularyController {

    @QueryMapping
    List<Map<String, Object>> vocabularies() {
        return Stream.of(Vocabulary.values()).map(v -> Map.<String, Object>of("name", v.column(), "values",
                v.terms().stream().map(t -> Map.of("value", t.value(), "label", t.label(), "aliases", t.aliases())).toList()))
                .toList();
    }
}
