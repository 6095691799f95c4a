package com.ecosystemgraph.analytics.drivers;

/** What performanceDrivers groups a partner by (null: unknown); depth null without an integration (driver-profiles.cypher). */
record ProfileRow(String id, Long employees, Long certifiedStaff, Long portalLogins, Long trainings, Long downloads, Long depth,
        long integrationUsers) {
}
