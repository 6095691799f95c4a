package com.ecosystemgraph.demodata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DemoOptionsTest {

    @Test
    void defaultsAreTheDocumentedDemoEcosystem() {
        DemoOptions options = DemoOptions.defaults();

        assertThat(options.seed()).isEqualTo(42L);
        assertThat(options.scale()).isEqualTo(1.0);
        assertThat(options.partnerCount()).isEqualTo(300);
        assertThat(options.prospectCount()).isEqualTo(100);
        assertThat(options.customerCount()).isEqualTo(2_000);
        assertThat(options.dealCount()).isEqualTo(12_000);
        assertThat(options.years()).isEqualTo(3);
        assertThat(options.snapshotDate()).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(options.historyStart()).isEqualTo(LocalDate.of(2023, 9, 30));
    }

    @Test
    void scaleMultipliesEveryCount() {
        DemoOptions options = DemoOptions.defaults().withScale(10).withSeed(7);

        assertThat(options.seed()).isEqualTo(7L);
        assertThat(options.partnerCount()).isEqualTo(3_000);
        assertThat(options.prospectCount()).isEqualTo(1_000);
        assertThat(options.customerCount()).isEqualTo(20_000);
        assertThat(options.dealCount()).isEqualTo(120_000);
    }

    @Test
    void rejectsNonPositiveOrNonFiniteScale() {
        assertThatIllegalArgumentException().isThrownBy(() -> DemoOptions.defaults().withScale(0))
                .withMessageContaining("scale must be a positive number");
        assertThatIllegalArgumentException().isThrownBy(() -> DemoOptions.defaults().withScale(-1))
                .withMessageContaining("scale");
        assertThatIllegalArgumentException().isThrownBy(() -> DemoOptions.defaults().withScale(Double.NaN))
                .withMessageContaining("scale");
        assertThatIllegalArgumentException().isThrownBy(() -> DemoOptions.defaults().withScale(Double.POSITIVE_INFINITY))
                .withMessageContaining("scale");
    }

    @Test
    void rejectsSizesTooSmallForThePlantedStructure() {
        assertThatIllegalArgumentException().isThrownBy(() -> DemoOptions.defaults().withScale(0.01))
                .withMessageContaining("partners times scale must be at least 20");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new DemoOptions(1, 1, 300, 100, 2_000, 3_000, 3, DemoOptions.DEFAULT_SNAPSHOT))
                .withMessageContaining("deals (3000) must be at least 25 per signed partner");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new DemoOptions(1, 1, 300, 100, 500, 12_000, 3, DemoOptions.DEFAULT_SNAPSHOT))
                .withMessageContaining("customers (500) must be at least twice the partners");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new DemoOptions(1, 1, 300, -1, 2_000, 12_000, 3, DemoOptions.DEFAULT_SNAPSHOT))
                .withMessageContaining("prospects must not be negative");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new DemoOptions(1, 1, 300, 100, 2_000, 12_000, 0, DemoOptions.DEFAULT_SNAPSHOT))
                .withMessageContaining("years of deal history must be between 1 and 10");
    }

    @Test
    void requiresASnapshotDate() {
        assertThatNullPointerException()
                .isThrownBy(() -> new DemoOptions(1, 1, 300, 100, 2_000, 12_000, 3, null))
                .withMessageContaining("snapshotDate");
    }
}
