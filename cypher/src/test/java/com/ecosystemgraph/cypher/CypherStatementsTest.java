package com.ecosystemgraph.cypher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CypherStatementsTest {

    @Test
    void loadsAStatementByNameFromTheQueriesFolder() {
        assertThat(CypherStatements.query("partner/by-id")).isEqualTo("MATCH (p:Partner {id: $id})\nRETURN p");
    }

    @Test
    void refusesNamesThatCouldLeaveTheFolder() {
        assertThatThrownBy(() -> CypherStatements.query("../migrations/V0001__partner_id_unique"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Not a statement name");
        assertThatThrownBy(() -> CypherStatements.query("/etc/passwd")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aMissingStatementFailsLoudly() {
        assertThatThrownBy(() -> CypherStatements.query("partner/no-such-statement"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("cypher/queries/partner/no-such-statement.cypher");
    }

    @Test
    void dropsATrailingSemicolonAndSurroundingBlanks() {
        assertThat(CypherStatements.clean("\n  MATCH (n) RETURN n ;\n")).isEqualTo("MATCH (n) RETURN n");
        assertThat(CypherStatements.clean("RETURN ';' AS s")).isEqualTo("RETURN ';' AS s");
    }
}
