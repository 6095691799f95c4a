package com.ecosystemgraph.deal;

import com.ecosystemgraph.graphql.OnRequestThread;
import com.ecosystemgraph.graph.Participation;
import com.ecosystemgraph.graph.Deal;
import com.ecosystemgraph.graph.Customer;
import com.ecosystemgraph.graphql.Connection;
import com.ecosystemgraph.neo4j.CypherRunner;
import com.ecosystemgraph.graphql.Page;
import com.ecosystemgraph.graphql.join.Joins;
import com.ecosystemgraph.graphql.join.Link;
import com.ecosystemgraph.graphql.join.NodeType;
import com.ecosystemgraph.graph.DealRole;
import com.ecosystemgraph.graph.Partner;
import com.ecosystemgraph.security.ViewerAccess;
import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingEnvironment;
import java.util.concurrent.CompletableFuture;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * The {@code Deal} type: root queries (read with the nested fields they select in one statement,
 * {@link Joins}), aggregates, and the nested fields of deals that came from elsewhere, batched.
 */
@Controller
@OnRequestThread
@ViewerAccess
class DealController {

    private final DealRepository deals;
    private final Joins joins;

    DealController(DealRepository deals, Joins joins) {
        this.deals = deals;
        this.joins = joins;
        joins.type(NodeType.of("Deal", Deal.class, Deal::from, Deal::id).derived("daysToClose", "createdOn", "closedOn")
                .indexed("outcomes", "outcome").indexed("sources", "source").indexOrder("ID", "id")
                .indexOrderWhenFiltered("AMOUNT", "amount", "minAmount", "maxAmount"));
        joins.link(Link.one("Deal", "customer", "Customer"));
        joins.link(Link.list("Deal", "partners", "Partner")
                .types(Arrays.stream(DealRole.values()).map(DealRole::relationshipType).toList(), arguments -> null)
                .items("partner", Participation.RELATIONSHIP_FIELDS,
                        (partner, row) -> new DealPartner((Partner) partner,
                                Participation.from(row.get("type").asString(), row.get("relationship")))));
    }

    @QueryMapping
    CompletableFuture<DataFetcherResult<Deal>> deal(@Argument String id, DataFetchingEnvironment env) {
        return joins.byId("Deal", id, env);
    }

    @QueryMapping
    DataFetcherResult<Connection<Deal>> deals(@Argument DealFilter filter, @Argument Map<String, Object> orderBy, @Argument Integer first,
            @Argument String after, DataFetchingEnvironment env) {
        DealFilter f = filter == null ? DealFilter.NONE : filter;
        Page page = Page.of(first, after, orderBy, "ID");
        Map<String, Object> filters = new HashMap<>();
        f.bind(filters);
        return joins.page("Deal", page, filters, () -> deals.count(f), env);
    }

    @QueryMapping
    DealStats dealStats(@Argument DealFilter filter) {
        return deals.stats(filter == null ? DealFilter.NONE : filter);
    }

    @BatchMapping
    Map<Deal, Customer> customer(List<Deal> list) {
        return CypherRunner.firstByParent(list, Deal::id, deals.customers(CypherRunner.ids(list, Deal::id)));
    }

    @BatchMapping
    Map<Deal, List<DealPartner>> partners(List<Deal> list) {
        return CypherRunner.byParent(list, Deal::id, deals.partners(CypherRunner.ids(list, Deal::id)));
    }
}
