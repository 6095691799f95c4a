package com.ecosystemgraph.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** The per-field data fetcher observation is forwarded exactly when Spring Boot would switch it on. */
class RequestInstrumentationTest {

    @Test
    void dataFetcherObservationsFollowTheObservationSwitches() {
        assertThat(RequestInstrumentation.dataFetcherObservations(new MockEnvironment())).isTrue();
        assertThat(RequestInstrumentation.dataFetcherObservations(
                new MockEnvironment().withProperty("management.observations.enable[graphql.datafetcher]", "false"))).isFalse();
        assertThat(RequestInstrumentation.dataFetcherObservations(
                new MockEnvironment().withProperty("management.observations.enable.graphql.datafetcher", "false"))).isFalse();
        assertThat(RequestInstrumentation.dataFetcherObservations(new MockEnvironment()
                .withProperty("management.observations.enable[graphql.datafetcher]", "true")
                .withProperty("management.observations.enable.graphql", "false"))).isTrue();
        assertThat(RequestInstrumentation.dataFetcherObservations(
                new MockEnvironment().withProperty("management.observations.enable.graphql", "false"))).isFalse();
    }
}
