package com.ecosystemgraph.cypher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MigrationCatalogTest {

    @Test
    void findsEveryMigrationInVersionOrderWithoutGaps() {
        List<Migration> migrations = MigrationCatalog.load();

        assertThat(migrations).hasSizeGreaterThanOrEqualTo(17);
        for (int i = 0; i < migrations.size(); i++) {
            assertThat(migrations.get(i).version()).isEqualTo(i + 1);
        }
        assertThat(migrations.getFirst().description()).isEqualTo("partner id unique");
        // re-runnable: schema changes say IF NOT EXISTS; data migrations MERGE or SET, never CREATE
        assertThat(migrations).allSatisfy(m -> {
            if (m.statement().matches("(?s).*\\bCREATE (CONSTRAINT|INDEX|FULLTEXT INDEX)\\b.*")) {
                assertThat(m.statement()).as(m.description()).contains("IF NOT EXISTS");
            } else {
                assertThat(m.statement()).as(m.description()).containsAnyOf("MERGE", "SET").doesNotContain("CREATE ");
            }
        });
    }

    @Test
    void parsesTheVersionAndDescriptionFromTheFileName() {
        Migration m = Migration.of("V0042__deal_amount_index.cypher", "CREATE INDEX x IF NOT EXISTS FOR (d:Deal) ON (d.amount);\n");

        assertThat(m.version()).isEqualTo(42);
        assertThat(m.description()).isEqualTo("deal amount index");
        assertThat(m.statement()).isEqualTo("CREATE INDEX x IF NOT EXISTS FOR (d:Deal) ON (d.amount)");
        assertThat(m.checksum()).hasSize(64).isEqualTo(Migration.sha256(m.statement()));
    }

    @Test
    void refusesBadlyNamedOrDuplicateMigrations() {
        assertThatThrownBy(() -> Migration.of("V1__short.cypher", "RETURN 1"))
                .hasMessageContaining("is not named V<4 digits>__<lower_snake_words>.cypher");
        assertThatThrownBy(() -> MigrationCatalog.ordered(Map.of(
                "V0001__a.cypher", "RETURN 1", "V0001__b.cypher", "RETURN 2")))
                .hasMessage("Two migrations share version 1");
    }
}
