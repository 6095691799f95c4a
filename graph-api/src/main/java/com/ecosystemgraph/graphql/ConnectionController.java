package com.ecosystemgraph.graphql;

import com.ecosystemgraph.security.ViewerAccess;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** {@code totalCount} of every connection type: counted only when a query asks for it. */
@Controller
@ViewerAccess
class ConnectionController {

    @SchemaMapping(typeName = "PartnerConnection", field = "totalCount")
    long partners(Connection<?> connection) {
        return connection.totalCount().getAsLong();
    }

    @SchemaMapping(typeName = "PartnerDealConnection", field = "totalCount")
    long partnerDeals(Connection<?> connection) {
        return connection.totalCount().getAsLong();
    }

    @SchemaMapping(typeName = "CustomerConnection", field = "totalCount")
    long customers(Connection<?> connection) {
        return connection.totalCount().getAsLong();
    }

    @SchemaMapping(typeName = "DealConnection", field = "totalCount")
    long deals(Connection<?> connection) {
        return connection.totalCount().getAsLong();
    }
}
