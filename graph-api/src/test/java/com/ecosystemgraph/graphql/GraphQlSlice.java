package com.ecosystemgraph.graphql;

import com.ecosystemgraph.availability.DatabaseAvailability;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.graphql.test.autoconfigure.GraphQlTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;

/**
 * A slice test of one feature's controllers: the whole schema, the project's scalars and its error
 * format ({@code ErrorResolver}), no database, no security, no other controller. For what a
 * controller decides before any work: argument checks (a bad argument is refused in our error
 * format and nothing is asked of the repository) and the defaults the schema gives. Everything that
 * reads or writes data is tested against a real Neo4j in an {@code *IT}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@GraphQlTest
@Import({ScalarConfiguration.class, DatabaseAvailability.class})
public @interface GraphQlSlice {

    /** The controllers under test. */
    @AliasFor(annotation = GraphQlTest.class, attribute = "controllers")
    Class<?>[] value();
}
