package com.ecosystemgraph.referral;

import com.ecosystemgraph.importing.EcosystemFile;
import com.ecosystemgraph.importing.RowInput;
import java.time.LocalDate;

/** The {@code ReferralInput} of recordReferral: a row of referrals.csv (every field required). */
record ReferralInput(String referrerId, String referredId, LocalDate referredOn) {

    RowInput row() {
        return RowInput.of(EcosystemFile.REFERRALS)
                .with("referrer_id", referrerId)
                .with("referred_id", referredId)
                .with("referred_on", referredOn);
    }
}
