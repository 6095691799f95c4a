package com.ecosystemgraph.customer;

import com.ecosystemgraph.deal.Deal;
import com.ecosystemgraph.deal.DealOutcome;
import com.ecosystemgraph.graphql.Connection;
import com.ecosystemgraph.graphql.CypherRunner;
import com.ecosystemgraph.graphql.Filters;
import com.ecosystemgraph.graphql.NestedKey;
import com.ecosystemgraph.graphql.Page;
import com.ecosystemgraph.integration.Integration;
import com.ecosystemgraph.partner.Partner;
import com.ecosystemgraph.referral.Referral;
import com.ecosystemgraph.security.ViewerAccess;
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

/** The {@code Customer} type: root queries and every nested field, batched. */
@Controller
@ViewerAccess
class CustomerController {

    private final CustomerRepository customers;

    CustomerController(CustomerRepository customers, BatchLoaderRegistry loaders) {
        this.customers = customers;
        loaders.<NestedKey, Connection<Deal>>forName("customerDeals")
                .registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> customers.deals(keys)));
    }

    @QueryMapping
    Customer customer(@Argument String id) {
        return customers.findById(id).orElse(null);
    }

    @QueryMapping
    Connection<Customer> customers(@Argument CustomerFilter filter, @Argument Map<String, Object> orderBy,
                                   @Argument Integer first, @Argument String after) {
        CustomerFilter f = filter == null ? CustomerFilter.NONE : filter;
        Page page = Page.of(first, after, orderBy, "ID");
        return page.connection(customers.page(f, page), Customer::id, () -> customers.count(f));
    }

    @SchemaMapping
    CompletableFuture<Connection<Deal>> deals(Customer customer, @Argument List<DealOutcome> outcomes, @Argument Integer first,
                                              @Argument String after, DataLoader<NestedKey, Connection<Deal>> customerDeals) {
        Map<String, Object> filters = new java.util.HashMap<>();
        filters.put("outcomes", Filters.stored(outcomes));
        return customerDeals.load(new NestedKey(customer.id(), Page.of(first, after, null, "ID"), filters));
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
