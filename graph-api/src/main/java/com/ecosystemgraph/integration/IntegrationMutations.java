package com.ecosystemgraph.integration;

import com.ecosystemgraph.graph.Integration;
import com.ecosystemgraph.graphql.UserError;
import com.ecosystemgraph.importing.EcosystemFile;
import com.ecosystemgraph.importing.RowWriter;
import com.ecosystemgraph.security.AdminAccess;
import java.util.List;
import java.util.Map;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;

/** {@code upsertIntegration} and {@code recordIntegrationUsage}. */
@Controller
class IntegrationMutations {

    /** Result of both mutations. */
    record IntegrationPayload(Integration integration, List<UserError> errors) {
    }

    private final RowWriter writer;
    private final IntegrationRepository integrations;

    IntegrationMutations(RowWriter writer, IntegrationRepository integrations) {
        this.writer = writer;
        this.integrations = integrations;
    }

    @MutationMapping
    @AdminAccess
    @Transactional
    public IntegrationPayload upsertIntegration(@Argument Map<String, Object> input) {
        return write(EcosystemFile.INTEGRATIONS, input, String.valueOf(input.get("id")));
    }

    @MutationMapping
    @AdminAccess
    @Transactional
    public IntegrationPayload recordIntegrationUsage(@Argument Map<String, Object> input) {
        return write(EcosystemFile.CUSTOMER_INTEGRATIONS, input, String.valueOf(input.get("integrationId")));
    }

    private IntegrationPayload write(EcosystemFile file, Map<String, Object> input, String integrationId) {
        var outcome = writer.upsert(file, input, () -> integrations.findById(integrationId).orElseThrow());
        return new IntegrationPayload(outcome.stored(), outcome.userErrors());
    }
}
