package com.ecosystemgraph.deal;

import com.ecosystemgraph.graph.DealOutcome;
import com.ecosystemgraph.graph.DealRole;
import com.ecosystemgraph.graph.DealSource;
import com.ecosystemgraph.graph.RegistrationStage;
import com.ecosystemgraph.importing.EcosystemFile;
import com.ecosystemgraph.importing.RowInput;
import java.time.LocalDate;
import java.util.List;
import org.springframework.graphql.data.ArgumentValue;

/**
 * The {@code DealInput} of upsertDeal: a row of deals.csv and, when {@code partners} is given (not
 * null), the deal's complete list of partners, each a row of deal_partners.csv. Optional fields are
 * {@link ArgumentValue}s: left out, the stored value stays; given as null, it is cleared.
 */
record DealInput(String id, String customerId, double amount, ArgumentValue<String> stage, DealOutcome outcome,
        LocalDate createdOn, ArgumentValue<LocalDate> closedOn, DealSource source, List<DealPartnerInput> partners) {

    /** The {@code DealPartnerInput}: a partner's part in the deal. */
    record DealPartnerInput(String partnerId, DealRole role, ArgumentValue<LocalDate> registeredOn,
            ArgumentValue<RegistrationStage> registrationStage, ArgumentValue<Double> partnerHours,
            ArgumentValue<Double> partnerEarnings) {

        RowInput row(String dealId) {
            return RowInput.of(EcosystemFile.DEAL_PARTNERS)
                    .with("deal_id", dealId)
                    .with("partner_id", partnerId)
                    .with("role", role)
                    .with("registered_on", registeredOn)
                    .with("registration_stage", registrationStage)
                    .with("partner_hours", partnerHours)
                    .with("partner_earnings", partnerEarnings);
        }
    }

    RowInput row() {
        return RowInput.of(EcosystemFile.DEALS)
                .with("id", id)
                .with("customer_id", customerId)
                .with("amount", amount)
                .with("stage", stage)
                .with("outcome", outcome)
                .with("created_on", createdOn)
                .with("closed_on", closedOn)
                .with("source", source);
    }
}
