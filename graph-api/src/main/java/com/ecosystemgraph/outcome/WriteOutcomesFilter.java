package com.ecosystemgraph.outcome;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every GraphQL request its {@link WriteOutcomes}: as a request attribute (for the answer when
 * the request's time runs out) and on the request's thread, from where Spring for GraphQL carries it
 * to the data fetchers (it captures thread-locals when the request is handed to GraphQL, inside this
 * filter).
 */
class WriteOutcomesFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        WriteOutcomes outcomes = new WriteOutcomes();
        request.setAttribute(WriteOutcomes.ATTRIBUTE, outcomes);
        WriteOutcomes.CURRENT.set(outcomes);
        try {
            chain.doFilter(request, response);
        } finally {
            WriteOutcomes.CURRENT.remove();
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    static class Registration {
        @Bean
        FilterRegistrationBean<WriteOutcomesFilter> writeOutcomesFilter() {
            FilterRegistrationBean<WriteOutcomesFilter> registration = new FilterRegistrationBean<>(new WriteOutcomesFilter());
            registration.addUrlPatterns("/graphql", "/graphql/*");
            return registration;
        }
    }
}
