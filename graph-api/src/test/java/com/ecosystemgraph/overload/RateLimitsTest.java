package com.ecosystemgraph.overload;

import static org.assertj.core.api.Assertions.assertThat;

import com.ecosystemgraph.support.ManualClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RateLimitsTest {

    private final ManualClock clock = new ManualClock();

    @Test
    void aClientGetsItsBurstThenItsRateAndOthersAreNotAffected() {
        RateLimits limits = new RateLimits(2, 3, clock);
        for (int i = 0; i < 3; i++) {
            assertThat(limits.take("viewer")).as("request %d of the burst", i + 1).isEmpty();
        }
        assertThat(limits.take("viewer")).as("past the burst")
                .hasValueSatisfying(wait -> assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofMillis(500)));
        assertThat(limits.take("key:bi-tool")).as("another client has its own bucket").isEmpty();

        clock.advance(Duration.ofMillis(500));
        assertThat(limits.take("viewer")).as("one more after 1/rate").isEmpty();
        assertThat(limits.take("viewer")).isPresent();
    }

    @Test
    void aRateBelowOnePerSecondAndNoLimitAtAll() {
        RateLimits slow = new RateLimits(0.1, 1, clock);
        assertThat(slow.take("viewer")).isEmpty();
        assertThat(slow.take("viewer")).hasValueSatisfying(wait -> assertThat(wait).isGreaterThan(Duration.ofSeconds(9)));

        RateLimits off = new RateLimits(0, 1, clock);
        for (int i = 0; i < 1000; i++) {
            assertThat(off.take("viewer")).isEmpty();
        }
    }
}
