package com.ecosystemgraph.readiness;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Puts {@link WarmingUpFilter} in front of the API, before security (a warming service says so to anyone). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ReadinessConfiguration {

    @Bean
    FilterRegistrationBean<WarmingUpFilter> warmingUpFilter(WarmUpState state) {
        FilterRegistrationBean<WarmingUpFilter> registration = new FilterRegistrationBean<>(new WarmingUpFilter(state));
        registration.addUrlPatterns("/graphql", "/graphql/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
