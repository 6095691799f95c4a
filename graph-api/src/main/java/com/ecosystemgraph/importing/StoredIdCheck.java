package com.ecosystemgraph.importing;

import com.ecosystemgraph.graph.InputRules;
import com.ecosystemgraph.config.EcosystemProperties;
import com.ecosystemgraph.cypher.CypherStatements;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Reports ids stored before the id rule ({@link InputRules}) that break it. It changes nothing:
 * such nodes stay readable, and a mutation that names them is refused until the source system
 * gives them a valid id (re-import under the new id, then delete the old node). Runs once at start
 * (one WARN line naming up to {@value #SHOWN} of them); docs/operations.md, "Ids that break the id rule".
 */
@Component
public class StoredIdCheck {

    private static final Logger LOG = LoggerFactory.getLogger(StoredIdCheck.class);
    static final int SHOWN = 20;
    static final String PATTERN = "[A-Za-z0-9_.:-]{1," + InputRules.MAX_ID_LENGTH + "}";

    private final Driver driver;
    private final String database;

    StoredIdCheck(Driver driver, EcosystemProperties properties) {
        this.driver = driver;
        this.database = properties.neo4j().database();
    }

    /** A stored id that breaks the rule: the node's label, the id and why. */
    public record Offender(String label, String id, String reason) {
    }

    /** Up to {@code limit} stored ids that break the id rule. */
    public List<Offender> offenders(int limit) {
        try (var session = driver.session(database == null || database.isBlank()
                ? SessionConfig.defaultConfig()
                : SessionConfig.forDatabase(database))) {
            return session.executeRead(tx -> tx.run(CypherStatements.query("import/ids-breaking-the-rule"),
                    Map.of("pattern", PATTERN, "maxLength", InputRules.MAX_ID_LENGTH,
                            "reservedPrefix", InputRules.RESERVED_PREFIX, "limit", limit))
                    .list(r -> {
                        String id = r.get("id").asString();
                        return new Offender(r.get("label").asString(), id, InputRules.idProblem(id).orElse("breaks the id rule"));
                    }));
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void report() {
        try {
            List<Offender> found = offenders(SHOWN + 1);
            if (!found.isEmpty()) {
                LOG.warn("{}{} stored ids break the id rule ({}); mutations naming them are refused, reads still work: {}",
                        Math.min(found.size(), SHOWN), found.size() > SHOWN ? "+" : "", InputRules.ID_RULE,
                        found.stream().limit(SHOWN).map(o -> o.label() + " '" + InputRules.printable(o.id()) + "'").toList());
            }
        } catch (RuntimeException e) {
            LOG.warn("The stored ids were not checked against the id rule: {}", e.getMessage());
        }
    }
}
