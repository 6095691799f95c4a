package com.ecosystemgraph.integration;

import com.ecosystemgraph.importing.EcosystemFile;
import com.ecosystemgraph.importing.RowInput;
import java.time.LocalDate;
import org.springframework.graphql.data.ArgumentValue;

/**
 * The {@code IntegrationUsageInput} of recordIntegrationUsage: a row of customer_integrations.csv.
 * {@code since} left out keeps the stored date; given as null, it is cleared.
 */
record IntegrationUsageInput(String customerId, String integrationId, ArgumentValue<LocalDate> since) {

    RowInput row() {
        return RowInput.of(EcosystemFile.CUSTOMER_INTEGRATIONS)
                .with("customer_id", customerId)
                .with("integration_id", integrationId)
                .with("since", since);
    }
}
