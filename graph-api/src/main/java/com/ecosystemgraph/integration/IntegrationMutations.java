package com.ecosystemgraph.integration;

import com.ecosystemgraph.graph.Integration;
import com.ecosystemgraph.graphql.UserError;
import com.ecosystemgraph.importing.RowInput;
import com.ecosystemgraph.importing.RowWriter;
import com.ecosystemgraph.security.AdminAccess;
import java.util.List;
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
    public IntegrationPayload upsertIntegration(@Argument IntegrationInput input) {
        return write(input.row(), input.id());
    }

    @MutationMapping
    @AdminAccess
    @Transactional
    public IntegrationPayload recordIntegrationUsage(@Argument IntegrationUsageInput input) {
        return write(input.row(), input.integrationId());
    }

    private IntegrationPayload write(RowInput row, String integrationId) {
        var outcome = writer.upsert(row, () -> integrations.findById(integrationId).orElseThrow());
        return new IntegrationPayload(outcome.stored(), outcome.userErrors());
    }
}
