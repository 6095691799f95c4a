package com.ecosystemgraph.support;

import com.ecosystemgraph.importing.ImportService;
import com.ecosystemgraph.security.Role;
import java.lang.reflect.Field;
import java.util.Map;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.springframework.context.ApplicationContext;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.junit.jupiter.SpringExtension;
import org.neo4j.driver.Driver;

/**
 * The harness behind {@link ServiceTest}: puts the data of {@link ServiceTest#fixture()} in place
 * before each test and hands out clients signed in as a role ({@link SignedIn} fields and
 * parameters). It reads the Spring context the {@code SpringExtension} made (one per set of
 * properties, cached across test classes) and adds nothing to it, so every service test still
 * shares that one context.
 */
public final class ServiceTestExtension implements TestInstancePostProcessor, BeforeEachCallback, ParameterResolver {

    @Override
    public void postProcessTestInstance(Object instance, ExtensionContext context) throws Exception {
        for (Field field : AnnotationSupport.findAnnotatedFields(instance.getClass(), SignedIn.class,
                f -> true, HierarchyTraversalMode.TOP_DOWN)) {
            if (!HttpGraphQlTester.class.equals(field.getType())) {
                throw new ExtensionConfigurationException("@SignedIn goes on an HttpGraphQlTester, not on " + field);
            }
            field.setAccessible(true);
            field.set(instance, client(context, field.getAnnotation(SignedIn.class), field.toString()));
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        String fixture = annotation(context).fixture();
        if (fixture.isEmpty()) {
            return;
        }
        ApplicationContext spring = SpringExtension.getApplicationContext(context);
        Driver driver = spring.getBean(Driver.class);
        switch (fixture) {
            case ServiceTest.EMPTY -> ServiceData.clear(driver);
            case ServiceTest.SMALL_ECOSYSTEM -> ServiceData.resetToFixture(driver, spring.getBean(ImportService.class));
            default -> {
                ServiceData.clear(driver);
                ServiceData.run(driver, fixture, Map.of());
            }
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.isAnnotated(SignedIn.class) && HttpGraphQlTester.class.equals(parameter.getParameter().getType());
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return client(context, parameter.findAnnotation(SignedIn.class).orElseThrow(), parameter.getParameter().toString());
    }

    private static HttpGraphQlTester client(ExtensionContext context, SignedIn signedIn, String where) {
        Role[] roles = signedIn.value().length > 0 ? signedIn.value() : annotation(context).role();
        if (roles.length != 1) {
            throw new ExtensionConfigurationException(
                    "@SignedIn on " + where + " needs one role: give it one, or give @ServiceTest a role");
        }
        HttpGraphQlTester anonymous = SpringExtension.getApplicationContext(context).getBean(HttpGraphQlTester.class);
        return Users.as(anonymous, roles[0]);
    }

    private static ServiceTest annotation(ExtensionContext context) {
        return AnnotationSupport.findAnnotation(context.getRequiredTestClass(), ServiceTest.class)
                .orElseThrow(() -> new ExtensionConfigurationException(context.getRequiredTestClass() + " is not a @ServiceTest"));
    }
}
