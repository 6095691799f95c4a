package com.ecosystemgraph.deal;

import com.ecosystemgraph.graph.RegistrationStage;
import com.ecosystemgraph.graph.Participation;
import com.ecosystemgraph.graph.DealRole;
import com.ecosystemgraph.graph.Partner;
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
