package com.ecosystemgraph.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import com.ecosystemgraph.importing.EcosystemImporter;
import com.ecosystemgraph.importing.ImportService;
import com.ecosystemgraph.security.Role;
import com.ecosystemgraph.support.ServiceTest;
import com.ecosystemgraph.support.SignedIn;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * A request's period (docs/adr/0023-one-period-per-request.md): resolved once where the request
 * enters, from the snapshot date as it is now. An import that moves the snapshot date moves the very
 * next answer's as-of date (nothing stale is kept between requests); a date given wins.
 */
@ServiceTest(role = Role.VIEWER, fixture = ServiceTest.SMALL_ECOSYSTEM)
class PeriodIT {

    @SignedIn
    HttpGraphQlTester viewer;

    @Autowired
    ImportService importService;

    @Test
    void anImportThatMovesTheSnapshotDateMovesTheNextRequestsAsOfDate() throws URISyntaxException {
        LocalDate before = asOf(null);
        assertThat(before).as("the small ecosystem's snapshot date").isNotNull();
        LocalDate later = before.plusDays(45);
        Path small = Path.of(PeriodIT.class.getResource("/ecosystem/small").toURI());
        assertThat(importService.importFolder(small, later, EcosystemImporter.Progress.NONE).succeeded()).isTrue();
        assertThat(asOf(null)).isEqualTo(later);
    }

    @Test
    void anAsOfDateGivenWinsOverTheSnapshotDate() {
        LocalDate given = asOf(null).minusMonths(3);
        assertThat(asOf(given)).isEqualTo(given);
    }

    private LocalDate asOf(LocalDate given) {
        Map<String, Object> filter = new HashMap<>();
        if (given != null) {
            filter.put("asOf", given.toString());
        }
        String asOf = viewer.documentName("period").variable("filter", filter).execute().path("partnerEconomics.asOf")
                .entity(String.class).get();
        return asOf == null ? null : LocalDate.parse(asOf);
    }
}
