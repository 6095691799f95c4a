package com.ecosystemgraph.partner;

import com.ecosystemgraph.graphql.OnRequestThread;
import com.ecosystemgraph.graph.Partner;
import com.ecosystemgraph.graph.Customer;
import com.ecosystemgraph.graph.Deal;
import com.ecosystemgraph.graph.DealOutcome;
import com.ecosystemgraph.graph.Participation;
import com.ecosystemgraph.graphql.Connection;
import com.ecosystemgraph.neo4j.CypherRunner;
import com.ecosystemgraph.graphql.Filters;
import com.ecosystemgraph.graphql.NestedKey;
import com.ecosystemgraph.graphql.Page;
import com.ecosystemgraph.graphql.join.Joins;
import com.ecosystemgraph.graphql.join.Link;
import com.ecosystemgraph.graphql.join.NodeType;
import com.ecosystemgraph.graph.DealRole;
import com.ecosystemgraph.graph.Integration;
import com.ecosystemgraph.graph.Investment;
import com.ecosystemgraph.graph.Referral;
import com.ecosystemgraph.security.ViewerAccess;
import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingEnvironment;
import java.util.Arrays;
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
 * The {@code Partner} type. Root fields read the partner and the nested fields they select in one
 * statement ({@link Joins}); the nested fields below serve partners that came from elsewhere (a
 * referral, a mutation's payload), batched per request.
 */
@Controller
@OnRequestThread
@ViewerAccess
class PartnerController {

    private final PartnerRepository partners;
    private final Joins joins;

    PartnerController(PartnerRepository partners, BatchLoaderRegistry loaders, Joins joins) {
        this.partners = partners;
        this.joins = joins;
        loaders.<NestedKey, Connection<Deal>>forName("partnerDeals")
                .registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> partners.deals(keys)));
        loaders.<NestedKey, Connection<Customer>>forName("partnerCustomers")
                .registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> partners.customers(keys)));
        joins.type(NodeType.of("Partner", Partner.class, Partner::from, Partner::id).indexed("types", "type")
                .indexed("statuses", "status").indexed("tiers", "tier").indexed("regions", "region")
                .indexOrder("NAME", "nameKey").indexOrder("ID", "id"));
        joins.link(Link.connection("Partner", "deals", "Deal").filters(PartnerController::dealFilters)
                .types(ROLE_TYPES, arguments -> roleTypes(Filters.enums(DealRole.class, arguments.get("roles"))))
                .edges(Participation.RELATIONSHIP_FIELDS, (position, deal, row) -> new PartnerDealEdge(position, (Deal) deal,
                        Participation.from(row.get("type").asString(), row.get("relationship")))));
        joins.link(Link.connection("Partner", "customers", "Customer"));
        joins.link(Link.list("Partner", "integrations", "Integration"));
        joins.link(Link.list("Partner", "investments", "Investment"));
    }

    @QueryMapping
    CompletableFuture<DataFetcherResult<Partner>> partner(@Argument String id, DataFetchingEnvironment env) {
        return joins.byId("Partner", id, env);
    }

    @QueryMapping
    DataFetcherResult<Connection<Partner>> partners(@Argument PartnerFilter filter, @Argument Map<String, Object> orderBy,
            @Argument Integer first, @Argument String after, DataFetchingEnvironment env) {
        PartnerFilter f = filter == null ? PartnerFilter.NONE : filter;
        Page page = Page.of(first, after, orderBy, "ID");
        Map<String, Object> filters = new HashMap<>();
        f.bind(filters);
        return joins.page("Partner", page, filters, () -> partners.count(f), env);
    }

    /** The relationship types of a partner's roles on deals: the allowlist of {@code Partner.deals}' types. */
    static final List<String> ROLE_TYPES = Arrays.stream(DealRole.values()).map(DealRole::relationshipType).toList();

    private static List<String> roleTypes(List<DealRole> roles) {
        return roles == null ? null : roles.stream().map(DealRole::relationshipType).toList();
    }

    /** The filter arguments of {@code Partner.deals} (its roles are relationship types, see {@link #ROLE_TYPES}). */
    private static Map<String, Object> dealFilters(Map<String, Object> arguments) {
        Map<String, Object> filters = new HashMap<>();
        filters.put("outcomes", Filters.stored(Filters.enums(DealOutcome.class, arguments.get("outcomes"))));
        return filters;
    }

    @SchemaMapping
    CompletableFuture<Connection<Deal>> deals(Partner partner, @Argument List<DealRole> roles,
            @Argument List<DealOutcome> outcomes, @Argument Integer first,
            @Argument String after, DataLoader<NestedKey, Connection<Deal>> partnerDeals,
            DataFetchingEnvironment env) {
        Map<String, Object> filters = new HashMap<>();
        filters.put("roles", Filters.types(roles));
        filters.put("outcomes", Filters.stored(outcomes));
        return partnerDeals.load(new NestedKey(partner.id(), Page.of(first, after, null, "ID"),
                NestedKey.filters(filters, env.getSelectionSet())));
    }

    @SchemaMapping
    CompletableFuture<Connection<Customer>> customers(Partner partner, @Argument Integer first, @Argument String after,
            DataLoader<NestedKey, Connection<Customer>> partnerCustomers,
            DataFetchingEnvironment env) {
        return partnerCustomers.load(new NestedKey(partner.id(), Page.of(first, after, null, "ID"),
                NestedKey.filters(Map.of(), env.getSelectionSet())));
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
}
