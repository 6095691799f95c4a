package com.ecosystemgraph.support;

import com.ecosystemgraph.security.Role;
import com.ecosystemgraph.security.SecurityProperties;
import java.time.Duration;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** The demo users of the test service, signed in with HTTP Basic. */
public final class Users {

    private Users() {
    }

    public static HttpGraphQlTester as(HttpGraphQlTester tester, Role role) {
        String password = switch (role) {
            case VIEWER -> SecurityProperties.DEMO_VIEWER_PASSWORD;
            case RECRUITER -> SecurityProperties.DEMO_RECRUITER_PASSWORD;
            case ADMIN -> SecurityProperties.DEMO_ADMIN_PASSWORD;
        };
        // The tester's 5 s default fails requests that wait behind a background training on a busy 2-core machine.
        return tester.mutate().headers(headers -> headers.setBasicAuth(role.username(), password))
                .webTestClient(client -> client.responseTimeout(Duration.ofSeconds(60)))
                .responseTimeout(Duration.ofSeconds(60)).build();
    }
}
