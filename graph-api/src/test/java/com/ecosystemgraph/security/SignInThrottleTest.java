package com.ecosystemgraph.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.ecosystemgraph.support.ManualClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private final ManualClock clock = new ManualClock();
    private final SignInThrottle throttle = new SignInThrottle(new SignInThrottleProperties(3, Duration.ofMinutes(3), 3), clock);

    @Test
    void aUserNameIsThrottledAfterItsFailuresWhateverTheAddress() {
        for (int i = 0; i < 3; i++) {
            assertThat(throttle.refusedFor("admin", "10.0.0." + i)).isEmpty();
            throttle.failed("Admin", "10.0.0." + i);
        }
        assertThat(throttle.refusedFor("admin", "10.0.0.99")).as("the name, however written")
                .hasValueSatisfying(wait -> assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(1)));
        assertThat(throttle.refusedFor("viewer", "10.0.0.98")).as("another name from another address").isEmpty();

        clock.advance(Duration.ofMinutes(1));
        assertThat(throttle.refusedFor("admin", "10.0.0.99")).as("one failure forgiven per window / max").isEmpty();
    }

    @Test
    void anAddressIsThrottledAfterItsFailuresWhateverTheNames() {
        for (int i = 0; i < 3; i++) {
            throttle.failed("user" + i, "192.0.2.1");
        }
        assertThat(throttle.refusedFor("someone-else", "192.0.2.1")).isPresent();
        assertThat(throttle.refusedFor("someone-else", "192.0.2.2")).isEmpty();
    }

    @Test
    void switchedOffItRefusesNothing() {
        SignInThrottle off = new SignInThrottle(new SignInThrottleProperties(0, Duration.ofMinutes(5), 3));
        for (int i = 0; i < 100; i++) {
            off.failed("admin", "192.0.2.1");
        }
        assertThat(off.refusedFor("admin", "192.0.2.1")).isEmpty();
    }
}
