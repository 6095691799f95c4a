package com.ecosystemgraph.partner;

import com.ecosystemgraph.graphql.Connection;
import com.ecosystemgraph.graphql.PageRequest;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;
import com.ecosystemgraph.security.ViewerAccess;

/** The {@code partner} and {@code partners} queries. */
@Controller
@ViewerAccess
class PartnerController {

    private final PartnerRepository partners;

    PartnerController(PartnerRepository partners) {
        this.partners = partners;
    }

    @QueryMapping
    Partner partner(@Argument String id) {
        return partners.findById(id).orElse(null);
    }

    @QueryMapping
    Connection<Partner> partners(@Argument Integer first, @Argument String after) {
        PageRequest page = PageRequest.of(first, after);
        return Connection.of(partners.page(page), page, Partner::id, partners::count);
    }

    @SchemaMapping(typeName = "PartnerConnection", field = "totalCount")
    long totalCount(Connection<Partner> connection) {
        return connection.totalCount().getAsLong();
    }
}
