package com.ecosystemgraph.integration;

import com.ecosystemgraph.customer.Customer;
import com.ecosystemgraph.graphql.Connection;
import com.ecosystemgraph.graphql.CypherRunner;
import com.ecosystemgraph.graphql.NestedKey;
import com.ecosystemgraph.graphql.Page;
import com.ecosystemgraph.partner.Partner;
import com.ecosystemgraph.security.ViewerAccess;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.dataloader.DataLoader;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/** The {@code Integration} type. */
@Controller
@ViewerAccess
class IntegrationController {

    private final IntegrationRepository integrations;

    IntegrationController(IntegrationRepository integrations, BatchLoaderRegistry loaders) {
        this.integrations = integrations;
        loaders.<NestedKey, Connection<Customer>>forName("integrationCustomers")
                .registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> integrations.customers(keys)));
    }

    @QueryMapping
    Integration integration(@Argument String id) {
        return integrations.findById(id).orElse(null);
    }

    @BatchMapping
    Map<Integration, Partner> partner(List<Integration> list) {
        return CypherRunner.firstByParent(list, Integration::id, integrations.partners(CypherRunner.ids(list, Integration::id)));
    }

    @SchemaMapping
    CompletableFuture<Connection<Customer>> customers(Integration integration, @Argument Integer first, @Argument String after,
                                                      DataLoader<NestedKey, Connection<Customer>> integrationCustomers) {
        return integrationCustomers.load(new NestedKey(integration.id(), Page.of(first, after, null, "ID"), Map.of()));
    }
}
