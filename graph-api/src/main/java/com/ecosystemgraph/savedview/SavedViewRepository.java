package com.ecosystemgraph.savedview;

import com.ecosystemgraph.neo4j.CypherRunner;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Reads and writes {@code SavedView} nodes (cypher/queries/savedview); every statement is bound to the owner. */
@Repository
class SavedViewRepository {

    /** Most saved views a user keeps. */
    static final int MAX_PER_OWNER = 100;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final CypherRunner cypher;

    SavedViewRepository(CypherRunner cypher) {
        this.cypher = cypher;
    }

    /** What saving needs to know: the view with the id (the owner's), the one with the name, how many the owner has. */
    record Found(SavedView byId, SavedView byName, long owned) {
    }

    List<SavedView> list(String owner, SavedViewTarget target) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("owner", owner);
        parameters.put("target", target == null ? null : target.name());
        parameters.put("limit", MAX_PER_OWNER);
        return cypher.list("savedview/list", parameters, r -> from(r.get("v")));
    }

    Found find(String owner, String id, String name) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("owner", owner);
        parameters.put("id", id);
        parameters.put("name", name);
        return cypher.one("savedview/find", parameters, r -> new Found(
                r.get("byId").isNull() ? null : from(r.get("byId")),
                r.get("byName").isNull() ? null : from(r.get("byName")),
                r.get("owned").asLong())).orElseThrow();
    }

    SavedView save(String owner, String id, String name, SavedViewTarget target, CanvasState canvas, SavedFilter filter) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("owner", owner);
        parameters.put("id", id);
        parameters.put("newId", UUID.randomUUID().toString());
        parameters.put("name", name);
        parameters.put("target", target.name());
        parameters.put("canvas", canvas == null ? null : JSON.writeValueAsString(canvas));
        parameters.put("filter", filter == null ? null : JSON.writeValueAsString(filter));
        parameters.put("now", ZonedDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS));
        return cypher.one("savedview/save", parameters, r -> from(r.get("v"))).orElseThrow();
    }

    boolean delete(String owner, String id) {
        return cypher.one("savedview/delete", Map.of("owner", owner, "id", id), r -> r.get("deleted").asLong()).orElse(0L) > 0;
    }

    private static SavedView from(Value v) {
        return new SavedView(v.get("id").asString(), v.get("name").asString(), SavedViewTarget.valueOf(v.get("target").asString()),
                v.get("canvas").isNull() ? null : JSON.readValue(v.get("canvas").asString(), CanvasState.class),
                v.get("filter").isNull() ? null : JSON.readValue(v.get("filter").asString(), SavedFilter.class),
                instant(v.get("createdAt")), instant(v.get("updatedAt")));
    }

    private static String instant(Value value) {
        return value.asZonedDateTime().withZoneSameInstant(ZoneOffset.UTC).toOffsetDateTime().toString();
    }
}
