package com.ecosystemgraph.graphql;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.data.method.annotation.support.AnnotatedControllerConfigurer;

/**
 * Controller methods run on the request's own thread. With virtual threads on, Spring for GraphQL
 * would run every method that returns a plain value on a new virtual thread; requests already run on
 * virtual threads (blocking is cheap there), and the hand-off made a request finish on another
 * thread, which costs Spring MVC an asynchronous dispatch (a second pass through the servlet and
 * the security filters). It also ran a document's root fields in parallel, one database connection
 * each, which is how a document of aliased lookups could exhaust the connection pool (issue 20).
 */
@Configuration(proxyBeanMethods = false)
class ControllerInvocation {

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
