package com.ecosystemgraph.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How failed sign-ins are throttled (docs/operations.md, "A flood of wrong passwords").
 *
 * @param maxFailures failed sign-ins a user name, or a client address, may have within {@code window}
 *     before further attempts are answered 429 ({@code ECOSYSTEM_SIGN_IN_MAX_FAILURES}); 0 switches the throttle off
 * @param window the period in which those failures are forgiven again, one by one ({@code ECOSYSTEM_SIGN_IN_WINDOW})
 * @param auditedOneByOne refused sign-ins per client address and window recorded one by one in the audit
 *     trail; the rest of the window's are recorded as one event
 */
@ConfigurationProperties("ecosystem.sign-in")
public record SignInThrottleProperties(@DefaultValue("10") int maxFailures, @DefaultValue("5m") Duration window,
        @DefaultValue("3") int auditedOneByOne) {
    // One constructor only: with a second one, Spring cannot tell which to bind and the service does not start.
}
