package com.ecosystemgraph.config;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Refuses to start when a request's transaction may outlive the request: with
 * {@code ECOSYSTEM_TX_TIMEOUT} at or above {@code ECOSYSTEM_REQUEST_TIMEOUT}, a client could be told
 * "timed out" while the database still works on, and may commit, its write (docs/api.md, "When a
 * write fails"). The database must give up first.
 */
@Component
class TimeoutSettings {

    TimeoutSettings(EcosystemProperties properties, @Value("${spring.mvc.async.request-timeout:30s}") Duration requestTimeout) {
        Duration transaction = properties.neo4j().transactionTimeout();
        if (requestTimeout != null && requestTimeout.isPositive() && transaction != null && transaction.compareTo(requestTimeout) >= 0) {
            throw new StartupFailureAnalyzer.SettingException("ECOSYSTEM_TX_TIMEOUT (" + words(transaction)
                    + ") must be shorter than ECOSYSTEM_REQUEST_TIMEOUT (" + words(requestTimeout)
                    + "), so that the database gives up on a request's transaction before the request is answered: "
                    + "lower the first or raise the second");
        }
    }

    private static String words(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + "s" : duration.toMillis() + "ms";
    }
}
