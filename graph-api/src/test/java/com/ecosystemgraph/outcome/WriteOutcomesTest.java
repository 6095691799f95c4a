package com.ecosystemgraph.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class WriteOutcomesTest {

    @Test
    void aTimeOutBeforeTheCommitMakesTheWriteRollBackAndSaysSo() {
        WriteOutcomes outcomes = new WriteOutcomes();
        WriteOutcomes.Write write = outcomes.begin("upsertCustomer", List.of("C1"));

        WriteOutcomes.Summary summary = outcomes.abandon();
        assertThat(summary.rolledBack()).containsExactly(write);
        assertThat(summary.unknown()).isEmpty();
        assertThatThrownBy(write::committing).as("its commit comes after the answer").isInstanceOf(AbandonedWriteException.class);
        assertThatThrownBy(() -> outcomes.begin("upsertDeal", List.of("D1"))).as("a later mutation of the request does not start")
                .isInstanceOf(AbandonedWriteException.class);
    }

    @Test
    void aTimeOutDuringTheCommitIsAnUnknownOutcomeWithTheIdsToRetry() {
        WriteOutcomes outcomes = new WriteOutcomes();
        WriteOutcomes.Write first = outcomes.begin("upsertCustomer", List.of("C1"));
        first.committing();
        first.committed();
        WriteOutcomes.Write second = outcomes.begin("upsertDeal", List.of("D1", "C1"));
        second.committing();

        WriteOutcomes.Summary summary = outcomes.abandon();
        assertThat(summary.committed()).containsExactly(first);
        assertThat(summary.unknown()).containsExactly(second);
        assertThat(summary.unknown().getFirst().ids()).containsExactly("D1", "C1");
    }
}
