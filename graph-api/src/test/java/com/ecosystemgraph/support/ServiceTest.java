package com.ecosystemgraph.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;

/**
 * The whole service on a random port with its own embedded Neo4j (store in a fresh temporary
 * folder, Bolt on a free port) and no demo ecosystem. Test classes with this annotation share one
 * Spring context, and so one database: each test brings the data it needs.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "ecosystem.demo.enabled=false",
        "ecosystem.embedded.bolt-port=0",
        "ecosystem.embedded.page-cache=64MB",
        // Background rescoring after mutations would race the other tests sharing this context; RescoreOnChangeIT turns it on.
        "ecosystem.scoring.rescore-on-change=false",
        "ecosystem.data-dir=${java.io.tmpdir}/ecosystem-service-test-${random.uuid}",
        // One API key per role (see Users.apiKey), so every service test can use each credential kind.
        "ecosystem.security.api-keys=" + Users.API_KEYS,
        // The tests share one context and one client address, and some send wrong passwords on purpose: the
        // rate per client and the sign-in throttle would refuse later tests, and a refused sign-in they look for
        // in the audit trail could be one of a coalesced flood. LoadSheddingIT and ClientLimitsIT test these
        // with their own settings.
        "ecosystem.load.rate-limit=0",
        "ecosystem.sign-in.max-failures=0",
        "ecosystem.sign-in.audited-one-by-one=100000"
})
@AutoConfigureHttpGraphQlTester
// The 5 s default fails requests that wait behind a background training on a busy 2-core machine.
@AutoConfigureWebTestClient(timeout = "PT60S")
public @interface ServiceTest {
}
