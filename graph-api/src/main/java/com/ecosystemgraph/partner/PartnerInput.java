package com.ecosystemgraph.partner;

import com.ecosystemgraph.graph.PartnerStatus;
import com.ecosystemgraph.graph.PartnerTier;
import com.ecosystemgraph.graph.PartnerType;
import com.ecosystemgraph.importing.EcosystemFile;
import com.ecosystemgraph.importing.RowInput;
import java.time.LocalDate;
import java.util.List;
import org.springframework.graphql.data.ArgumentValue;

/**
 * The {@code PartnerInput} of upsertPartner: a row of partners.csv. Optional fields are
 * {@link ArgumentValue}s: left out, the stored value stays; given as null, it is cleared.
 */
record PartnerInput(String id, String name, PartnerType type, ArgumentValue<PartnerStatus> status,
        ArgumentValue<PartnerTier> tier, ArgumentValue<String> region, ArgumentValue<List<String>> industries,
        ArgumentValue<Integer> employees, ArgumentValue<Integer> certifiedStaff, ArgumentValue<LocalDate> signedOn,
        ArgumentValue<Integer> portalLogins90d, ArgumentValue<Integer> trainingsCompleted,
        ArgumentValue<Integer> contentDownloads90d, ArgumentValue<Double> hourlyRate) {

    /** True when the input says the partner is a prospect. */
    boolean prospect() {
        return status.value() == PartnerStatus.PROSPECT;
    }

    RowInput row() {
        return RowInput.of(EcosystemFile.PARTNERS)
                .with("id", id)
                .with("name", name)
                .with("type", type)
                .with("status", status)
                .with("tier", tier)
                .with("region", region)
                .with("industries", industries)
                .with("employees", employees)
                .with("certified_staff", certifiedStaff)
                .with("signed_on", signedOn)
                .with("portal_logins_90d", portalLogins90d)
                .with("trainings_completed", trainingsCompleted)
                .with("content_downloads_90d", contentDownloads90d)
                .with("hourly_rate", hourlyRate);
    }
}
