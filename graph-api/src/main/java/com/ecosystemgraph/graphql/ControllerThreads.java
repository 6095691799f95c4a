package com.ecosystemgraph.graphql;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.ReactiveAdapterRegistry;
import org.springframework.core.env.Environment;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.graphql.data.method.HandlerMethod;
import org.springframework.graphql.data.method.annotation.support.AnnotatedControllerConfigurer;

/**
 * Requests and controller methods run on platform threads, not virtual ones
 * ({@code spring.threads.virtual.enabled: false} in application.yaml).
 *
 * <p>With virtual threads, the service run as {@code java -jar} stopped answering every request, its
 * health included, in some starts: a virtual thread serving a static file held the monitor of a jar nested
 * in the service's jar while it waited for the disk, and both carrier threads (one per core) were pinned by
 * virtual threads loading classes, which search the same nested jar and wait for that monitor. Nothing could
 * run the holder again (Spring Boot issues 51379 and 51463; seen here as 30 e2e tests that could not load a
 * view). Platform threads cannot starve that way.
 *
 * <p>Controller methods of {@link OnRequestThread} controllers (reading the graph, bounded by the database's
 * transaction timeout) run on the request's thread: such a request completes where it started, with no
 * hand-off. Every other blocking controller method runs on a thread of its own so that its request finishes
 * asynchronously and the request timeout ({@code spring.mvc.async.request-timeout}, 503 {@code TIMEOUT})
 * still applies: Spring
 * for GraphQL hands a blocking method to its executor only when that executor does not prefer short tasks,
 * which the pool Spring Boot configures without virtual threads does. This executor is a cached pool: a
 * thread per method running at once, reused, none kept idle over a minute; past {@link #MOST_THREADS} at once
 * a method runs on the request's own thread (the overload limits shed long before that).
 */
@Configuration(proxyBeanMethods = false)
class ControllerThreads {

    /** More controller methods at once than the service ever admits; a bound, not a size. */
    static final int MOST_THREADS = 512;

    @Bean(destroyMethod = "shutdown")
    static ExecutorService graphqlControllerExecutor() {
        AtomicInteger count = new AtomicInteger();
        return new ThreadPoolExecutor(0, MOST_THREADS, 60, TimeUnit.SECONDS, new SynchronousQueue<>(), r -> {
            Thread thread = new Thread(r, "graphql-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }, new ThreadPoolExecutor.CallerRunsPolicy());
    }

    /**
     * Spring for GraphQL's own rule (a method is blocking unless it returns a type its reactive adapters
     * know: a future, a Mono), except in {@link OnRequestThread} controllers.
     */
    static boolean runsOnExecutor(HandlerMethod method) {
        if (AnnotatedElementUtils.hasAnnotation(method.getBeanType(), OnRequestThread.class)) {
            return false;
        }
        return ReactiveAdapterRegistry.getSharedInstance().getAdapter(method.getReturnType().getParameterType()) == null;
    }

    @Bean
    static BeanPostProcessor controllerMethodsOnPlatformThreads(
            @Qualifier("graphqlControllerExecutor") ObjectProvider<ExecutorService> executors, Environment environment) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String name) {
                if (bean instanceof AnnotatedControllerConfigurer configurer) {
                    Executor executor = executors.getObject();
                    configurer.setExecutor(executor);
                    if (!environment.getProperty(ControllerInvocation.EVERY_METHOD, Boolean.class, false)) {
                        configurer.setBlockingMethodPredicate(ControllerThreads::runsOnExecutor);
                    }
                }
                return bean;
            }
        };
    }
}
