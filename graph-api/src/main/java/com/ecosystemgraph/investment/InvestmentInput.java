package com.ecosystemgraph.investment;

import com.ecosystemgraph.graph.InvestmentKind;
import com.ecosystemgraph.importing.EcosystemFile;
import com.ecosystemgraph.importing.RowInput;
import java.time.LocalDate;
import org.springframework.graphql.data.ArgumentValue;

/**
 * The {@code InvestmentInput} of recordInvestment: a row of investments.csv. {@code hours} left out
 * keeps the stored hours; given as null, they are cleared.
 */
record InvestmentInput(String id, String partnerId, InvestmentKind kind, double amount, LocalDate spentOn,
        ArgumentValue<Double> hours) {

    RowInput row() {
        return RowInput.of(EcosystemFile.INVESTMENTS)
                .with("id", id)
                .with("partner_id", partnerId)
                .with("kind", kind)
                .with("amount", amount)
                .with("spent_on", spentOn)
                .with("hours", hours);
    }
}
