package com.ecosystemgraph.scoring.features;

import java.util.List;

/** Feature rows for unit tests. */
public final class PartnerFeaturesFixtures {

    private PartnerFeaturesFixtures() {
    }

    /** A reseller with 4 certified staff, a level-3 integration, 16 customers, referred by a gold partner. */
    public static PartnerFeatures strongReseller() {
        return new PartnerFeatures("P1", "Acme Solutions", "active", "reseller", "north_america",
                List.of("healthcare", "retail"), 250L, 4L, 30L, 5L, 12L,
                2, 3, 7, 16, 4, 5, 7,
                0.15, 0.5, List.of("healthcare"), 0.45, true, 0.4, 2, 0,
                1, 0, "P9", "Beacon Cloud", "partner", "active", 3, 6);
    }

    /** A prospect with nothing known but its type. */
    public static PartnerFeatures emptyProspect() {
        return new PartnerFeatures("Q1", "Unknown Co", "prospect", "services", null,
                List.of(), null, null, null, null, null,
                0, 0, 0, 0, 0, 0, 0,
                0, 0, List.of(), 0, false, 0.15, 0, 0,
                0, 0, null, null, null, null, 0, 0);
    }

    /** Referred by a customer only. */
    public static PartnerFeatures customerReferred() {
        return new PartnerFeatures("P2", "Birch Labs", "active", "technology", "emea",
                List.of("technology"), 40L, 0L, 3L, 0L, 1L,
                1, 1, 0, 2, 0, 1, 1,
                0.17, 1, List.of("technology"), 0.3, true, 0.2, 0, 0,
                0, 1, "C7", "Globex Bank", "customer", null, 0, 1);
    }
}
