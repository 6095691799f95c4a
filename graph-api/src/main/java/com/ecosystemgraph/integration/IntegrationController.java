package com.ecosystemgraph.integration;

import com.ecosystemgraph.graphql.OnRequestThread;
import com.ecosystemgraph.graph.Integration;
import com.ecosystemgraph.graph.Customer;
import com.ecosystemgraph.graphql.Connection;
import com.ecosystemgraph.neo4j.CypherRunner;
import com.ecosystemgraph.graphql.NestedKey;
import com.ecosystemgraph.graphql.Page;
import com.ecosystemgraph.graphql.join.Joins;
import com.ecosystemgraph.graphql.join.Link;
import com.ecosystemgraph.graphql.join.NodeType;
import com.ecosystemgraph.graph.Partner;
import com.ecosystemgraph.security.ViewerAccess;
import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingEnvironment;
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
@OnRequestThread
@ViewerAccess
class IntegrationController {

    private final IntegrationRepository integrations;
    private final Joins joins;

    IntegrationController(IntegrationRepository integrations, BatchLoaderRegistry loaders, Joins joins) {
        this.integrations = integrations;
        this.joins = joins;
        loaders.<NestedKey, Connection<Customer>>forName("integrationCustomers")
                .registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> integrations.customers(keys)));
        joins.type(NodeType.of("Integration", Integration.class, Integration::from, Integration::id));
        joins.link(Link.one("Integration", "partner", "Partner"));
        joins.link(Link.connection("Integration", "customers", "Customer"));
    }

    @QueryMapping
    CompletableFuture<DataFetcherResult<Integration>> integration(@Argument String id, DataFetchingEnvironment env) {
        return joins.byId("Integration", id, env);
    }

    @BatchMapping
    Map<Integration, Partner> partner(List<Integration> list) {
        return CypherRunner.firstByParent(list, Integration::id, integrations.partners(CypherRunner.ids(list, Integration::id)));
    }

    @SchemaMapping
    CompletableFuture<Connection<Customer>> customers(Integration integration, @Argument Integer first, @Argument String after,
            DataLoader<NestedKey, Connection<Customer>> integrationCustomers,
            DataFetchingEnvironment env) {
        return integrationCustomers.load(new NestedKey(integration.id(), Page.of(first, after, null, "ID"),
                NestedKey.filters(Map.of(), env.getSelectionSet())));
    }
}
