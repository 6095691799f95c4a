package com.ecosystemgraph.partner;

import static org.assertj.core.api.Assertions.assertThat;

import com.ecosystemgraph.security.Role;
import com.ecosystemgraph.support.ServiceTest;
import com.ecosystemgraph.support.SignedIn;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

@ServiceTest(role = Role.VIEWER, fixture = ServiceTest.SMALL_ECOSYSTEM)
class PartnerQueryIT {

    @SignedIn
    HttpGraphQlTester graphQl;

    @Autowired
    Driver driver;

    @Test
    void aPartnerByIdHasEveryImportedField() {
        graphQl.documentName("partner").variable("id", "P1").execute()
                .path("partner.name").entity(String.class).isEqualTo("Acme Cloud, Inc.")
                .path("partner.type").entity(String.class).isEqualTo("STRATEGIC")
                .path("partner.status").entity(String.class).isEqualTo("ACTIVE")
                .path("partner.tier").entity(String.class).isEqualTo("PLATINUM")
                .path("partner.industries").entityList(String.class).containsExactly("software", "retail")
                .path("partner.signedOn").entity(String.class).isEqualTo("2021-03-01")
                .path("partner.certifiedStaff").entity(Integer.class).isEqualTo(40)
                .path("partner.hourlyRate").entity(Double.class).isEqualTo(250.0);
        graphQl.documentName("partner").variable("id", "Q1").execute()
                .path("partner.status").entity(String.class).isEqualTo("PROSPECT")
                .path("partner.signedOn").valueIsNull();
        graphQl.documentName("partner").variable("id", "nobody").execute()
                .path("partner").valueIsNull();
    }

    @Test
    void pagingVisitsEveryPartnerOnceInIdOrder() {
        List<String> seen = new ArrayList<>();
        String after = null;
        int pages = 0;
        boolean hasNext = true;
        while (hasNext) {
            var response = graphQl.documentName("partners").variable("first", 4).variable("after", after).execute();
            response.path("partners.totalCount").entity(Integer.class).isEqualTo(6);
            seen.addAll(response.path("partners.edges[*].node.id").entityList(String.class).get());
            hasNext = response.path("partners.pageInfo.hasNextPage").entity(Boolean.class).get();
            after = response.path("partners.pageInfo.endCursor").entity(String.class).get();
            pages++;
        }
        assertThat(pages).isEqualTo(2);
        assertThat(seen).containsExactly("P1", "P2", "P3", "P4", "P5", "Q1");
    }

    @Test
    void aPageSizeOutOfRangeOrAForeignCursorIsABadRequest() {
        graphQl.documentName("partners").variable("first", 101).execute()
                .errors().satisfy(errors -> {
                    assertThat(errors).singleElement().satisfies(error -> {
                        assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
                        assertThat(error.getMessage()).isEqualTo("'first' of partners must be between 1 and 100, got 101");
                    });
                });
        graphQl.documentName("partners").variable("after", "not-a-cursor").execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
                    assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
                    assertThat(error.getMessage()).isEqualTo("'after' is not a cursor returned by this API");
                }));
    }
}
