package com.ecosystemgraph.customer;

import com.ecosystemgraph.graphql.OnRequestThread;
import com.ecosystemgraph.graph.Customer;
import com.ecosystemgraph.graph.Deal;
import com.ecosystemgraph.graph.DealOutcome;
import com.ecosystemgraph.graphql.Connection;
import com.ecosystemgraph.neo4j.CypherRunner;
import com.ecosystemgraph.graphql.Filters;
import com.ecosystemgraph.graphql.NestedKey;
import com.ecosystemgraph.graphql.Page;
import com.ecosystemgraph.graphql.join.Joins;
import com.ecosystemgraph.graphql.join.Link;
import com.ecosystemgraph.graphql.join.NodeType;
import com.ecosystemgraph.graph.Integration;
import com.ecosystemgraph.graph.Partner;
import com.ecosystemgraph.graph.Referral;
import com.ecosystemgraph.security.ViewerAccess;
import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingEnvironment;
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

/**
 * The {@code Customer} type. Root fields read the customer and the nested fields they select in one
 * statement ({@link Joins}); the nested fields below serve customers that came from elsewhere, batched.
 */
@Controller
@OnRequestThread
@ViewerAccess
class CustomerController {

    private final CustomerRepository customers;
    private final Joins joins;

    CustomerController(CustomerRepository customers, BatchLoaderRegistry loaders, Joins joins) {
        this.customers = customers;
        this.joins = joins;
        loaders.<NestedKey, Connection<Deal>>forName("customerDeals")
                .registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> customers.deals(keys)));
        joins.type(NodeType.of("Customer", Customer.class, Customer::from, Customer::id).indexed("segments", "segment")
                .indexed("industries", "industry").indexed("regions", "region").indexOrder("NAME", "nameKey").indexOrder("ID", "id")
                .indexOrderWithin("ARR", "arrKey", "segments", "regions"));
        joins.link(Link.connection("Customer", "deals", "Deal").filters(arguments -> {
            Map<String, Object> filters = new HashMap<>();
            filters.put("outcomes", Filters.stored(Filters.enums(DealOutcome.class, arguments.get("outcomes"))));
            return filters;
        }));
        joins.link(Link.list("Customer", "partners", "Partner"));
        joins.link(Link.list("Customer", "integrations", "Integration"));
    }

    @QueryMapping
    CompletableFuture<DataFetcherResult<Customer>> customer(@Argument String id, DataFetchingEnvironment env) {
        return joins.byId("Customer", id, env);
    }

    @QueryMapping
    DataFetcherResult<Connection<Customer>> customers(@Argument CustomerFilter filter, @Argument Map<String, Object> orderBy,
            @Argument Integer first, @Argument String after, DataFetchingEnvironment env) {
        CustomerFilter f = filter == null ? CustomerFilter.NONE : filter;
        Page page = Page.of(first, after, orderBy, "ID");
        Map<String, Object> filters = new HashMap<>();
        f.bind(filters);
        return joins.page("Customer", page, filters, () -> customers.count(f), env);
    }

    @SchemaMapping
    CompletableFuture<Connection<Deal>> deals(Customer customer, @Argument List<DealOutcome> outcomes, @Argument Integer first,
            @Argument String after, DataLoader<NestedKey, Connection<Deal>> customerDeals,
            DataFetchingEnvironment env) {
        Map<String, Object> filters = new HashMap<>();
        filters.put("outcomes", Filters.stored(outcomes));
        return customerDeals.load(new NestedKey(customer.id(), Page.of(first, after, null, "ID"),
                NestedKey.filters(filters, env.getSelectionSet())));
    }

    @BatchMapping
    Map<Customer, List<Partner>> partners(List<Customer> list) {
        return CypherRunner.byParent(list, Customer::id, customers.partners(CypherRunner.ids(list, Customer::id)));
    }

    @BatchMapping
    Map<Customer, List<Integration>> integrations(List<Customer> list) {
        return CypherRunner.byParent(list, Customer::id, customers.integrations(CypherRunner.ids(list, Customer::id)));
    }

    @BatchMapping
    Map<Customer, List<Referral>> referredBy(List<Customer> list) {
        return CypherRunner.byParent(list, Customer::id, customers.referredBy(CypherRunner.ids(list, Customer::id)));
    }

    @BatchMapping
    Map<Customer, List<Referral>> referrals(List<Customer> list) {
        return CypherRunner.byParent(list, Customer::id, customers.referrals(CypherRunner.ids(list, Customer::id)));
    }
}
