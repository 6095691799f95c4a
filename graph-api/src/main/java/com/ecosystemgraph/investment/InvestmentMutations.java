package com.ecosystemgraph.investment;

import com.ecosystemgraph.graph.Investment;
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

/** {@code recordInvestment}. */
@Controller
class InvestmentMutations {

    /** Result of recordInvestment. */
    record InvestmentPayload(Investment investment, List<UserError> errors) {
    }

    private final RowWriter writer;
    private final CypherRunner cypher;

    InvestmentMutations(RowWriter writer, CypherRunner cypher) {
        this.writer = writer;
        this.cypher = cypher;
    }

    @MutationMapping
    @AdminAccess
    @Transactional
    public InvestmentPayload recordInvestment(@Argument InvestmentInput input) {
        var outcome = writer.upsert(input.row(), () -> cypher.one("investment/by-id",
                Map.of("id", input.id()), r -> Investment.from(r.get("v"))).orElseThrow());
        return new InvestmentPayload(outcome.stored(), outcome.userErrors());
    }
}
