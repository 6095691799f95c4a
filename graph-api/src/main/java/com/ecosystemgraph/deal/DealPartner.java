package com.ecosystemgraph.deal;

import com.ecosystemgraph.importing.DealRole;
import com.ecosystemgraph.partner.Partner;
import java.time.LocalDate;

/** A partner on a deal with its part in it. */
record DealPartner(Partner partner, Participation participation) {

    public DealRole role() {
        return participation.role();
    }

    public LocalDate registeredOn() {
        return participation.registeredOn();
    }

    public RegistrationStage registrationStage() {
        return participation.registrationStage();
    }

    public Double partnerHours() {
        return participation.partnerHours();
    }

    public Double partnerEarnings() {
        return participation.partnerEarnings();
    }
}
