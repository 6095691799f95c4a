package com.ecosystemgraph.embedded;

import java.util.ArrayList;
import java.util.List;
import org.neo4j.kernel.api.procedure.GlobalProcedures;
import org.neo4j.procedure.Procedure;
import org.neo4j.procedure.UserAggregationFunction;
import org.neo4j.procedure.UserFunction;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.classreading.MetadataReader;

/**
 * Registers the Graph Data Science procedures and functions with an embedded database.
 *
 * <p>A Neo4j server finds plugins in its plugins folder; an embedded database finds nothing, so
 * every class that declares {@code @Procedure}, {@code @UserFunction} or
 * {@code @UserAggregationFunction} methods under {@code org.neo4j.gds} is registered here. Spring's
 * classpath scanner reads class files without loading them and understands the nested jars of the
 * Boot fat jar, which a hand-rolled directory walk would not.
 */
final class GdsProcedures {

    static final String GDS_PACKAGE = "org.neo4j.gds";

    private GdsProcedures() {
    }

    /** How many classes of each kind were registered. */
    record Registered(int procedureClasses, int functionClasses, int aggregationClasses) {
    }

    static Registered register(GlobalProcedures procedures, ClassLoader classLoader) {
        List<Class<?>> procs = scan(classLoader, Procedure.class.getName());
        List<Class<?>> functions = scan(classLoader, UserFunction.class.getName());
        List<Class<?>> aggregations = scan(classLoader, UserAggregationFunction.class.getName());
        try {
            for (Class<?> type : procs) {
                procedures.registerProcedure(type);
            }
            for (Class<?> type : functions) {
                procedures.registerFunction(type);
            }
            for (Class<?> type : aggregations) {
                procedures.registerAggregationFunction(type);
            }
        } catch (Exception e) {
            throw new EmbeddedNeo4jException("Cannot register the Graph Data Science procedures: " + e.getMessage(), e);
        }
        return new Registered(procs.size(), functions.size(), aggregations.size());
    }

    private static List<Class<?>> scan(ClassLoader classLoader, String annotation) {
        var scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(org.springframework.beans.factory.annotation.AnnotatedBeanDefinition definition) {
                return definition.getMetadata().isConcrete() && definition.getMetadata().isIndependent();
            }
        };
        scanner.setResourceLoader(new org.springframework.core.io.DefaultResourceLoader(classLoader));
        scanner.addIncludeFilter((MetadataReader reader, org.springframework.core.type.classreading.MetadataReaderFactory factory) -> reader
                .getAnnotationMetadata().hasAnnotatedMethods(annotation));
        List<Class<?>> classes = new ArrayList<>();
        for (BeanDefinition definition : scanner.findCandidateComponents(GDS_PACKAGE)) {
            try {
                classes.add(Class.forName(definition.getBeanClassName(), false, classLoader));
            } catch (ClassNotFoundException | LinkageError e) {
                throw new EmbeddedNeo4jException("Cannot load GDS class " + definition.getBeanClassName(), e);
            }
        }
        classes.sort(java.util.Comparator.comparing(Class::getName));
        return classes;
    }
}
