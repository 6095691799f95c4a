package com.ecosystemgraph.deal;

import com.ecosystemgraph.graph.Deal;
import com.ecosystemgraph.neo4j.CypherRunner;
import com.ecosystemgraph.graphql.UserError;
import com.ecosystemgraph.importing.EcosystemFile;
import com.ecosystemgraph.importing.RowWriter;
import com.ecosystemgraph.security.AdminAccess;
import java.util.ArrayList;
import java.util.HashMap;
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
    @SuppressWarnings("unchecked")
    public DealPayload upsertDeal(@Argument Map<String, Object> input) {
        Map<String, Object> dealFields = new HashMap<>(input);
        List<Map<String, Object>> partners = (List<Map<String, Object>>) dealFields.remove("partners");
        RowWriter.Checked deal = writer.check(EcosystemFile.DEALS, dealFields);
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
                Map<String, Object> row = new HashMap<>(partners.get(i));
                row.put("dealId", input.get("id"));
                if (!seen.add(String.valueOf(row.get("partnerId")))) {
                    errors.add(new UserError("partners[" + i + "].partnerId", "partner '" + row.get("partnerId")
                            + "' is listed twice: a partner has one role on a deal", UserError.Code.INVALID));
                    continue;
                }
                RowWriter.Checked role = writer.check(EcosystemFile.DEAL_PARTNERS, row);
                errors.addAll(RowWriter.Problem.userErrors(role.problems(), "partners[" + i + "]."));
                roles.add(role);
            }
            if (!errors.isEmpty()) {
                TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
                return new DealPayload(null, errors);
            }
            roles.forEach(writer::write);
            cypher.write("import/remove-other-deal-partners", Map.of("dealId", input.get("id"), "partnerIds", List.copyOf(seen)));
        }
        return new DealPayload(deals.findById(String.valueOf(input.get("id"))).orElseThrow(), List.of());
    }
}
