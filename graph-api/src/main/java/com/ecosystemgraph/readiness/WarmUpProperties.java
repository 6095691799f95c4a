package com.ecosystemgraph.readiness;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The start-up warm-up.
 *
 * @param enabled bring the rollups up to date and have every analysis answer once before reporting
 *     ready; the demo load runs either way. One-off commands switch it off
 * @param timeout longest the analyses' warm-up may take ({@code ECOSYSTEM_WARMUP_TIMEOUT}); the
 *     service becomes ready when it runs out, the analyses not yet warmed are named in the log
 */
@ConfigurationProperties("ecosystem.warm-up")
public record WarmUpProperties(@DefaultValue("true") boolean enabled, @DefaultValue("3m") Duration timeout) {
}
