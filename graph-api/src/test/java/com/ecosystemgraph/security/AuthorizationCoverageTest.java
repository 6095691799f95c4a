package com.ecosystemgraph.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/** Every GraphQL mapping of the service carries an authorization rule: deny by default, decided per field. */
class AuthorizationCoverageTest {

    private static final List<Class<? extends Annotation>> MAPPINGS = List.of(QueryMapping.class, MutationMapping.class,
            SchemaMapping.class, BatchMapping.class, SubscriptionMapping.class);

    @Test
    void everyQueryMutationAndFieldMappingHasAnAccessRule() throws ClassNotFoundException {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Controller.class));
        List<String> unguarded = new ArrayList<>();
        int mappings = 0;
        for (BeanDefinition definition : scanner.findCandidateComponents("com.ecosystemgraph")) {
            Class<?> controller = Class.forName(definition.getBeanClassName());
            for (Method method : controller.getDeclaredMethods()) {
                if (MAPPINGS.stream().noneMatch(m -> AnnotatedElementUtils.hasAnnotation(method, m))) {
                    continue;
                }
                mappings++;
                if (!AnnotatedElementUtils.hasAnnotation(method, PreAuthorize.class)
                        && !AnnotatedElementUtils.hasAnnotation(controller, PreAuthorize.class)) {
                    unguarded.add(controller.getSimpleName() + "." + method.getName());
                }
            }
        }
        assertThat(mappings).as("GraphQL mappings found").isGreaterThan(30);
        assertThat(unguarded).as("mappings without @ViewerAccess, @RecruiterAccess or @AdminAccess").isEmpty();
    }

    @Test
    void theAccessAnnotationsNameTheirRoles() {
        assertThat(AnnotatedElementUtils.findMergedAnnotation(ViewerAccess.class, PreAuthorize.class).value())
                .isEqualTo("hasRole('VIEWER')");
        assertThat(AnnotatedElementUtils.findMergedAnnotation(RecruiterAccess.class, PreAuthorize.class).value())
                .isEqualTo("hasRole('RECRUITER')");
        assertThat(AnnotatedElementUtils.findMergedAnnotation(AdminAccess.class, PreAuthorize.class).value()).isEqualTo("hasRole('ADMIN')");
    }
}
