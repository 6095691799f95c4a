package com.ecosystemgraph.partner;

import com.ecosystemgraph.graph.PartnerStatus;
import com.ecosystemgraph.graphql.Callers;
import com.ecosystemgraph.graphql.UserError;
import com.ecosystemgraph.importing.RowWriter;
import com.ecosystemgraph.security.RecruiterAccess;
import com.ecosystemgraph.security.Role;
import java.util.List;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;

/** {@code upsertPartner}: admins change any partner, recruiters only prospects. */
@Controller
class PartnerMutations {

    private final RowWriter writer;
    private final PartnerRepository partners;
    private final Callers callers;

    PartnerMutations(RowWriter writer, PartnerRepository partners, Callers callers) {
        this.writer = writer;
        this.partners = partners;
        this.callers = callers;
    }

    @MutationMapping
    @RecruiterAccess
    @Transactional
    public PartnerPayload upsertPartner(@Argument PartnerInput input) {
        if (!callers.has(Role.ADMIN)) {
            boolean prospectInput = input.prospect();
            boolean existingIsProspect = partners.findById(input.id()).map(p -> p.status() == PartnerStatus.PROSPECT).orElse(true);
            if (!prospectInput || !existingIsProspect) {
                return new PartnerPayload(null, List.of(UserError.forbidden("status",
                        "recruiters may only create and change prospects (status PROSPECT)")));
            }
        }
        var outcome = writer.upsert(input.row(), () -> partners.findById(input.id()).orElseThrow());
        return new PartnerPayload(outcome.stored(), outcome.userErrors());
    }
}
