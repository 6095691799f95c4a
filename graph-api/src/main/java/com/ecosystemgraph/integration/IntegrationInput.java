package com.ecosystemgraph.integration;

import com.ecosystemgraph.importing.EcosystemFile;
import com.ecosystemgraph.importing.RowInput;
import java.time.LocalDate;
import org.springframework.graphql.data.ArgumentValue;

/**
 * The {@code IntegrationInput} of upsertIntegration: a row of integrations.csv. {@code launchedOn}
 * left out keeps the stored date; given as null, it is cleared.
 */
record IntegrationInput(String id, String partnerId, String name, int depth, ArgumentValue<LocalDate> launchedOn) {

    RowInput row() {
        return RowInput.of(EcosystemFile.INTEGRATIONS)
                .with("id", id)
                .with("partner_id", partnerId)
                .with("name", name)
                .with("depth", depth)
                .with("launched_on", launchedOn);
    }
}
