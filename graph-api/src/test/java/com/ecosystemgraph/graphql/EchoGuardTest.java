package com.ecosystemgraph.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EchoGuardTest {

    @Test
    void aQuotedValueThatReadsLikeCypherIsNotRepeated() {
        assertThat(EchoGuard.safe("no partner with id 'x' }) RETURN 1 UNION MATCH (n) RETURN n //'"))
                .isEqualTo("no partner with id 'x" + EchoGuard.NOT_REPEATED);
        assertThat(EchoGuard.safe("'a.b': 'Neo.ClientError.Statement' is not a valid Segment"))
                .isEqualTo("'a.b': " + EchoGuard.NOT_REPEATED + " is not a valid Segment");
    }

    @Test
    void theServicesOwnWordsAndOrdinaryValuesAreKept() {
        for (String message : new String[]{"no partner with id 'P9'", "'partner.id': '../../etc/passwd' is not a valid id",
                "threshold must be above 0; the hourly return is counted", "Your role does not allow /upsertDeal"}) {
            assertThat(EchoGuard.safe(message)).isEqualTo(message);
        }
    }
}
