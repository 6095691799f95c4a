package com.ecosystemgraph.graphql;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.data.method.annotation.support.AnnotatedControllerConfigurer;

/**
 * Every controller method runs on the request's own thread, not only those of {@link OnRequestThread}
 * controllers (which do by default, {@link ControllerThreads}). With virtual threads on, Spring for GraphQL
 * would run every method that returns a plain value on a new virtual thread; requests already run on
 * virtual threads (blocking is cheap there), and the hand-off made a request finish on another
 * thread, which costs Spring MVC an asynchronous dispatch (a second pass through the servlet and
 * the security filters). It also ran a document's root fields in parallel, one database connection
 * each, which is how a document of aliased lookups could exhaust the connection pool (issue 20).
 *
 * <p>Off unless {@code ecosystem.api.controllers-on-request-thread=true}: the request timeout
 * ({@code spring.mvc.async.request-timeout}, answered 503 {@code TIMEOUT} with {@code Retry-After}) and
 * the write contract's "outcome unknown" answer apply only to a request that finishes asynchronously; on
 * the request's own thread only the database's transaction timeout ends a request, and a request that
 * waits in the service (a rollup rebuild, a shed queue) would wait without limit. Aliased lookups are
 * bounded either way by the fan-out cost and batched by id (QueryLimits, the by-id loaders).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = ControllerInvocation.EVERY_METHOD, havingValue = "true")
class ControllerInvocation {

    /** The property that runs every controller method on the request's thread, not only {@link OnRequestThread} ones. */
    static final String EVERY_METHOD = "ecosystem.api.controllers-on-request-thread";

    @Bean
    static BeanPostProcessor controllerMethodsOnTheRequestThread() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String name) {
                if (bean instanceof AnnotatedControllerConfigurer configurer) {
                    configurer.setBlockingMethodPredicate(method -> false);
                }
                return bean;
            }
        };
    }
}
