package com.ecosystemgraph.importing;

import com.ecosystemgraph.cypher.CypherStatements;
import com.ecosystemgraph.graph.NodeKind;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;

/**
 * The end of an import's first pass: the ids its rows refer to but do not contain are looked up in
 * the graph, in chunks, by kind; an id found nowhere, or naming both a partner and a customer, is a
 * problem at every line that uses it.
 */
final class GraphReferences {

    private final Driver driver;
    private final SessionConfig sessionConfig;

    GraphReferences(Driver driver, SessionConfig sessionConfig) {
        this.driver = driver;
        this.sessionConfig = sessionConfig;
    }

    /** References to ids not in the import must name nodes already in the graph. */
    void resolve(ImportValidation v) {
        if (v.pending.isEmpty()) {
            return;
        }
        Map<NodeKind, Set<String>> existing = new EnumMap<>(NodeKind.class);
        Map<NodeKind, List<String>> wanted = new EnumMap<>(NodeKind.class);
        v.pending.forEach((id, ref) -> ref.kinds().forEach(kind -> wanted.computeIfAbsent(kind, k -> new ArrayList<>()).add(id)));
        try (Session session = driver.session(sessionConfig)) {
            wanted.forEach((kind, ids) -> {
                Set<String> found = new HashSet<>();
                for (int from = 0; from < ids.size(); from += 10_000) {
                    List<String> chunk = ids.subList(from, Math.min(ids.size(), from + 10_000));
                    found.addAll(session.executeRead(tx -> tx.run(CypherStatements.query(
                            "import/existing-" + kind.name().toLowerCase(Locale.ROOT) + "-ids"), Map.of("ids", chunk))
                            .list(r -> r.get("id").asString())));
                }
                existing.put(kind, found);
            });
        }
        v.pending.forEach((id, ref) -> {
            List<NodeKind> found = ref.kinds().stream().filter(k -> existing.getOrDefault(k, Set.of()).contains(id)).toList();
            for (ImportValidation.Location at : ref.locations()) {
                if (found.isEmpty()) {
                    v.problem(at.file(), at.line(), at.column(), "unknown " + describe(ref.kinds()) + " id '" + id
                            + "': not in " + files(ref.kinds()) + " and not in the graph");
                } else if (found.size() > 1) {
                    v.problem(at.file(), at.line(), at.column(), "'" + id
                            + "' names both a partner and a customer in the graph: ids must be distinct across kinds");
                }
            }
            if (found.size() == 1) {
                v.graphKinds.put(id, found.getFirst());
            }
        });
    }

    private static String describe(List<NodeKind> kinds) {
        return String.join(" or ", kinds.stream().map(k -> k.name().toLowerCase(Locale.ROOT)).toList());
    }

    private static String files(List<NodeKind> kinds) {
        List<String> names = new ArrayList<>();
        for (NodeKind kind : kinds) {
            for (EcosystemFile file : EcosystemFile.values()) {
                if (file.nodeKind() == kind) {
                    names.add(file.fileName());
                }
            }
        }
        return String.join(" or ", names);
    }
}
