package com.ecosystemgraph.deal;

import com.ecosystemgraph.graph.Deal;
import com.ecosystemgraph.neo4j.CypherRunner;
import com.ecosystemgraph.graphql.UserError;
import com.ecosystemgraph.importing.RowWriter;
import com.ecosystemgraph.security.AdminAccess;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/** {@code upsertDeal}: the deal and, when given, its complete list of partners, in one transaction. */
@Controller
class DealMutations {

    /** Result of upsertDeal. */
    record DealPayload(Deal deal, List<UserError> errors) {
    }

    private final RowWriter writer;
    private final DealRepository deals;
    private final CypherRunner cypher;

    DealMutations(RowWriter writer, DealRepository deals, CypherRunner cypher) {
        this.writer = writer;
        this.deals = deals;
        this.cypher = cypher;
    }

    @MutationMapping
    @AdminAccess
    @Transactional
    public DealPayload upsertDeal(@Argument DealInput input) {
        List<DealInput.DealPartnerInput> partners = input.partners();
        RowWriter.Checked deal = writer.check(input.row());
        if (!deal.valid()) {
            return new DealPayload(null, RowWriter.Problem.userErrors(deal.problems(), ""));
        }
        writer.write(deal);
        if (partners != null) {
            // The deal now exists in this transaction, so each role row is checked like a deal_partners.csv row.
            List<UserError> errors = new ArrayList<>();
            List<RowWriter.Checked> roles = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < partners.size(); i++) {
                DealInput.DealPartnerInput partner = partners.get(i);
                if (!seen.add(partner.partnerId())) {
                    errors.add(new UserError("partners[" + i + "].partnerId", "partner '" + partner.partnerId()
                            + "' is listed twice: a partner has one role on a deal", UserError.Code.INVALID));
                    continue;
                }
                RowWriter.Checked role = writer.check(partner.row(input.id()));
                errors.addAll(RowWriter.Problem.userErrors(role.problems(), "partners[" + i + "]."));
                roles.add(role);
            }
            if (!errors.isEmpty()) {
                TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
                return new DealPayload(null, errors);
            }
            roles.forEach(writer::write);
            cypher.write("import/remove-other-deal-partners", Map.of("dealId", input.id(), "partnerIds", List.copyOf(seen)));
        }
        return new DealPayload(deals.findById(input.id()).orElseThrow(), List.of());
    }
}
