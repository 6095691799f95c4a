package com.ecosystemgraph.support;

import com.ecosystemgraph.security.Role;
import com.ecosystemgraph.security.SecurityProperties;
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
        return tester.mutate().headers(headers -> headers.setBasicAuth(role.username(), password)).build();
    }
}
