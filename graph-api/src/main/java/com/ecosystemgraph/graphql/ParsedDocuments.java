package com.ecosystemgraph.graphql;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Parses and validates each distinct query text once: applications send the same few documents
 * with different variables, and parsing plus validation was about a tenth of a small request's CPU.
 * Validation depends only on the document and the schema, so a cached entry (with its validation
 * errors, if any) stays right. Bounded by the total length of the cached texts.
 */
@Configuration(proxyBeanMethods = false)
class ParsedDocuments {

    /** Sum of the cached query texts' lengths, in characters. */
    static final long MAX_CACHED_CHARACTERS = 8_000_000;

    @Bean
    GraphQlSourceBuilderCustomizer parsedDocumentCache() {
        Cache<String, PreparsedDocumentEntry> cache = Caffeine.newBuilder()
                .maximumWeight(MAX_CACHED_CHARACTERS)
                .<String, PreparsedDocumentEntry>weigher((query, entry) -> query.length())
                .build();
        PreparsedDocumentProvider provider = new PreparsedDocumentProvider() {
            @Override
            public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
                    Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
                return CompletableFuture.completedFuture(cache.get(input.getQuery(), query -> parseAndValidate.apply(input)));
            }
        };
        return builder -> builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(provider));
    }
}
