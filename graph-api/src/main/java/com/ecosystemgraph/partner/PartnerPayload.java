package com.ecosystemgraph.partner;

import com.ecosystemgraph.graph.Partner;
import com.ecosystemgraph.graphql.UserError;
import java.util.List;

/** Result of upsertPartner. */
record PartnerPayload(Partner partner, List<UserError> errors) {
}
