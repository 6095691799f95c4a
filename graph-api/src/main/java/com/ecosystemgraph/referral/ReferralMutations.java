package com.ecosystemgraph.referral;

import com.ecosystemgraph.graph.Referral;
import com.ecosystemgraph.neo4j.CypherRunner;
import com.ecosystemgraph.graphql.UserError;
import com.ecosystemgraph.importing.RowWriter;
import com.ecosystemgraph.security.AdminAccess;
import java.util.List;
import java.util.Map;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;

/** {@code recordReferral}. */
@Controller
class ReferralMutations {

    /** Result of recordReferral. */
    record ReferralPayload(Referral referral, List<UserError> errors) {
    }

    private final RowWriter writer;
    private final CypherRunner cypher;

    ReferralMutations(RowWriter writer, CypherRunner cypher) {
        this.writer = writer;
        this.cypher = cypher;
    }

    @MutationMapping
    @AdminAccess
    @Transactional
    public ReferralPayload recordReferral(@Argument ReferralInput input) {
        var outcome = writer.upsert(input.row(), () -> cypher.one("referral/between",
                Map.of("referrerId", input.referrerId(), "referredId", input.referredId()),
                Referral::from).orElseThrow());
        return new ReferralPayload(outcome.stored(), outcome.userErrors());
    }
}
