package com.ecosystemgraph.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** API keys: the three configuration forms, lookup by id, and what is refused. */
class ApiKeysTest {

    @Test
    void aGeneratedKeyVerifiesThroughItsStoredEntryOnly() {
        String key = ApiKeys.generate("crm-sync");
        assertThat(key).startsWith("eg_crm-sync_").hasSize("eg_crm-sync_".length() + 32);
        String entry = ApiKeys.storedEntry(Role.VIEWER, key);
        assertThat(entry).startsWith("viewer:crm-sync:").doesNotContain(key.substring("eg_crm-sync_".length()));
        ApiKeys keys = ApiKeys.parse(entry);
        assertThat(keys.verify(key)).hasValueSatisfying(k -> {
            assertThat(k.id()).isEqualTo("crm-sync");
            assertThat(k.role()).isEqualTo(Role.VIEWER);
        });
        // One character of the secret changed (to one it is not: a fixed 'x' was the same key for 1 key in 64).
        char last = key.charAt(key.length() - 1);
        assertThat(keys.verify(key.substring(0, key.length() - 1) + (last == 'x' ? 'y' : 'x'))).isEmpty();
        assertThat(keys.verify("eg_other_" + key.substring("eg_crm-sync_".length()))).isEmpty();
        assertThat(keys.verify("")).isEmpty();
    }

    @Test
    void severalKeysPerRoleInClearAndOlderForm() {
        ApiKeys keys = ApiKeys.parse("viewer:eg_bi_abcdefghijklmnop1234, viewer:eg_crm_qrstuvwxyzABCDEF5678,admin:an-old-style-key-0001");
        assertThat(keys.verify("eg_bi_abcdefghijklmnop1234")).hasValueSatisfying(k -> assertThat(k.id()).isEqualTo("bi"));
        assertThat(keys.verify("eg_crm_qrstuvwxyzABCDEF5678")).hasValueSatisfying(k -> assertThat(k.id()).isEqualTo("crm"));
        assertThat(keys.verify("an-old-style-key-0001")).hasValueSatisfying(k -> {
            assertThat(k.id()).isEqualTo("key3");
            assertThat(k.role()).isEqualTo(Role.ADMIN);
        });
        assertThat(keys.countByRole()).containsEntry(Role.VIEWER, 2L).containsEntry(Role.ADMIN, 1L);
    }

    @Test
    void badEntriesAreNamedByPositionWithoutTheirText() {
        assertThatThrownBy(() -> ApiKeys.parse("viewer:short")).hasMessage(
                "ECOSYSTEM_API_KEYS entry 1 must be role:key with a key of at least 16 characters");
        assertThatThrownBy(() -> ApiKeys.parse("viewer:eg_a_bbbbbbbbbbbbbbbbbb,boss:eg_b_cccccccccccccccccccc"))
                .hasMessage("ECOSYSTEM_API_KEYS entry 2 names an unknown role 'boss' (viewer, recruiter or admin)");
        assertThatThrownBy(() -> ApiKeys.parse("viewer:eg_a_bbbbbbbbbbbbbbbbbb,admin:eg_a_cccccccccccccccccccc"))
                .hasMessage("ECOSYSTEM_API_KEYS entry 2 repeats the key id 'a'");
        assertThatThrownBy(() -> ApiKeys.parse("viewer:a:notahash"))
                .hasMessageStartingWith("ECOSYSTEM_API_KEYS entry 1 must be role:id:sha256");
    }
}
