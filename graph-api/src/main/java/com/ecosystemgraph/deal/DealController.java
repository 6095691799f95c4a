package com.ecosystemgraph.deal;

import com.ecosystemgraph.customer.Customer;
import com.ecosystemgraph.graphql.Connection;
import com.ecosystemgraph.graphql.CypherRunner;
import com.ecosystemgraph.graphql.Page;
import com.ecosystemgraph.security.ViewerAccess;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** The {@code Deal} type: root queries, aggregates, and nested fields, batched. */
@Controller
@ViewerAccess
class DealController {

    private final DealRepository deals;

    DealController(DealRepository deals) {
        this.deals = deals;
    }

    @QueryMapping
    Deal deal(@Argument String id) {
        return deals.findById(id).orElse(null);
    }

    @QueryMapping
    Connection<Deal> deals(@Argument DealFilter filter, @Argument Map<String, Object> orderBy, @Argument Integer first,
                           @Argument String after) {
        DealFilter f = filter == null ? DealFilter.NONE : filter;
        Page page = Page.of(first, after, orderBy, "ID");
        return page.connection(deals.page(f, page), Deal::id, () -> deals.count(f));
    }

    @QueryMapping
    DealStats dealStats(@Argument DealFilter filter) {
        return deals.stats(filter == null ? DealFilter.NONE : filter);
    }

    @SchemaMapping
    Long daysToClose(Deal deal) {
        return deal.daysToClose();
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
