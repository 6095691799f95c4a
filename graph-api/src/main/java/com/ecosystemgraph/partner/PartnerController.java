package com.ecosystemgraph.partner;

import com.ecosystemgraph.customer.Customer;
import com.ecosystemgraph.deal.Deal;
import com.ecosystemgraph.deal.DealOutcome;
import com.ecosystemgraph.graphql.Connection;
import com.ecosystemgraph.graphql.CypherRunner;
import com.ecosystemgraph.graphql.Filters;
import com.ecosystemgraph.graphql.NestedKey;
import com.ecosystemgraph.graphql.Page;
import com.ecosystemgraph.importing.DealRole;
import com.ecosystemgraph.integration.Integration;
import com.ecosystemgraph.investment.Investment;
import com.ecosystemgraph.referral.Referral;
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

/** The {@code Partner} type: root queries and every nested field, batched. */
@Controller
@ViewerAccess
class PartnerController {

    private final PartnerRepository partners;

    PartnerController(PartnerRepository partners, BatchLoaderRegistry loaders) {
        this.partners = partners;
        loaders.<NestedKey, Connection<PartnerDeal>>forName("partnerDeals")
                .registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> partners.deals(keys)));
        loaders.<NestedKey, Connection<Customer>>forName("partnerCustomers")
                .registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> partners.customers(keys)));
    }

    @QueryMapping
    Partner partner(@Argument String id) {
        return partners.findById(id).orElse(null);
    }

    @QueryMapping
    Connection<Partner> partners(@Argument PartnerFilter filter, @Argument Map<String, Object> orderBy,
                                 @Argument Integer first, @Argument String after) {
        PartnerFilter f = filter == null ? PartnerFilter.NONE : filter;
        Page page = Page.of(first, after, orderBy, "ID");
        return page.connection(partners.page(f, page), Partner::id, () -> partners.count(f));
    }

    @SchemaMapping
    CompletableFuture<Connection<PartnerDeal>> deals(Partner partner, @Argument List<DealRole> roles,
                                                     @Argument List<DealOutcome> outcomes, @Argument Integer first,
                                                     @Argument String after, DataLoader<NestedKey, Connection<PartnerDeal>> partnerDeals) {
        Map<String, Object> filters = new HashMap<>();
        filters.put("roles", Filters.types(roles));
        filters.put("outcomes", Filters.stored(outcomes));
        return partnerDeals.load(new NestedKey(partner.id(), Page.of(first, after, null, "ID"), filters));
    }

    @SchemaMapping
    CompletableFuture<Connection<Customer>> customers(Partner partner, @Argument Integer first, @Argument String after,
                                                      DataLoader<NestedKey, Connection<Customer>> partnerCustomers) {
        return partnerCustomers.load(new NestedKey(partner.id(), Page.of(first, after, null, "ID"), Map.of()));
    }

    @BatchMapping
    Map<Partner, List<Integration>> integrations(List<Partner> list) {
        return CypherRunner.byParent(list, Partner::id, partners.integrations(CypherRunner.ids(list, Partner::id)));
    }

    @BatchMapping
    Map<Partner, List<Investment>> investments(List<Partner> list) {
        return CypherRunner.byParent(list, Partner::id, partners.investments(CypherRunner.ids(list, Partner::id)));
    }

    @BatchMapping
    Map<Partner, List<Referral>> referredBy(List<Partner> list) {
        return CypherRunner.byParent(list, Partner::id, partners.referredBy(CypherRunner.ids(list, Partner::id)));
    }

    @BatchMapping
    Map<Partner, List<Referral>> referrals(List<Partner> list) {
        return CypherRunner.byParent(list, Partner::id, partners.referrals(CypherRunner.ids(list, Partner::id)));
    }

    @SchemaMapping(typeName = "PartnerDealEdge", field = "node")
    Deal dealOfEdge(Connection.Edge<PartnerDeal> edge) {
        return edge.node().deal();
    }

    @SchemaMapping(typeName = "PartnerDealEdge", field = "role")
    DealRole role(Connection.Edge<PartnerDeal> edge) {
        return edge.node().participation().role();
    }

    @SchemaMapping(typeName = "PartnerDealEdge", field = "registeredOn")
    java.time.LocalDate registeredOn(Connection.Edge<PartnerDeal> edge) {
        return edge.node().participation().registeredOn();
    }

    @SchemaMapping(typeName = "PartnerDealEdge", field = "registrationStage")
    com.ecosystemgraph.deal.RegistrationStage registrationStage(Connection.Edge<PartnerDeal> edge) {
        return edge.node().participation().registrationStage();
    }

    @SchemaMapping(typeName = "PartnerDealEdge", field = "partnerHours")
    Double partnerHours(Connection.Edge<PartnerDeal> edge) {
        return edge.node().participation().partnerHours();
    }

    @SchemaMapping(typeName = "PartnerDealEdge", field = "partnerEarnings")
    Double partnerEarnings(Connection.Edge<PartnerDeal> edge) {
        return edge.node().participation().partnerEarnings();
    }
}
