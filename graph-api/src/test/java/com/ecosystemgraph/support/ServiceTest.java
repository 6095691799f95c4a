package com.ecosystemgraph.support;

import com.ecosystemgraph.security.Role;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;

/**
 * The whole service on a random port with its own embedded Neo4j (store in a fresh temporary
 * folder, Bolt on a free port) and no demo ecosystem. Test classes with this annotation share one
 * Spring context, and so one database: each test brings the data it needs, by its
 * {@link #fixture()} (put in place before each test) or by itself.
 *
 * <p>{@code @ServiceTest(role = Role.VIEWER, fixture = "analytics/small-ecosystem")} with a field
 * {@code @SignedIn HttpGraphQlTester graphQl;} gives each test the fixture and a client signed in as
 * a viewer ({@code @SignedIn(Role.ADMIN)} for another role; test method parameters work too). The
 * attributes are read by {@link ServiceTestExtension}, not by Spring: they do not change the
 * context, which stays shared.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
// A subclass (UnjoinedAnswersIT runs JoinedAnswersIT's cases with other properties) is a service test too.
@Inherited
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
@ExtendWith(ServiceTestExtension.class)
public @interface ServiceTest {

    /** {@link #fixture()}: an empty graph (only the migration history is kept). */
    String EMPTY = "<empty>";

    /**
     * {@link #fixture()}: the small hand-written ecosystem (src/test/resources/ecosystem/small),
     * imported through the service's own import.
     */
    String SMALL_ECOSYSTEM = "<ecosystem/small>";

    /**
     * The role of the {@link SignedIn} clients that name none; at most one. None by default: a
     * {@link SignedIn} then has to name its role.
     */
    Role[] role() default {};

    /**
     * The data each test starts from: a fixture statement of {@code cypher/fixtures/} by name
     * (e.g. {@code "analytics/small-ecosystem"}, run on an empty graph), {@link #EMPTY} or
     * {@link #SMALL_ECOSYSTEM}. Empty (the default): the test puts its data in place itself.
     */
    String fixture() default "";
}
