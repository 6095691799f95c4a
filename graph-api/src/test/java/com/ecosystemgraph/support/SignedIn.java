package com.ecosystemgraph.support;

import com.ecosystemgraph.security.Role;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On an {@code HttpGraphQlTester} field or parameter of a {@link ServiceTest}: the client signed in
 * as this role (HTTP Basic, the demo user of the role). Without a value, the test class's
 * {@link ServiceTest#role()}.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface SignedIn {

    /** The role; empty for the test class's {@link ServiceTest#role()}. */
    Role[] value() default {};
}
