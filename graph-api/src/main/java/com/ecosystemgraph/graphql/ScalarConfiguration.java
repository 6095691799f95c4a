package com.ecosystemgraph.graphql;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/** The {@code Date} scalar: an ISO calendar date, {@code YYYY-MM-DD}, as in the CSV format. */
@Configuration(proxyBeanMethods = false)
class ScalarConfiguration {

    static final GraphQLScalarType DATE = GraphQLScalarType.newScalar()
            .name("Date")
            .description("A calendar date, ISO 8601 YYYY-MM-DD.")
            .coercing(new Coercing<LocalDate, String>() {
                @Override
                public String serialize(Object value, GraphQLContext context, Locale locale) {
                    if (value instanceof LocalDate date) {
                        return date.toString();
                    }
                    throw new CoercingSerializeException("Not a date");
                }

                @Override
                public LocalDate parseValue(Object input, GraphQLContext context, Locale locale) {
                    String text = String.valueOf(input);
                    return Dates.parse(text).orElseThrow(() -> new CoercingParseValueException(Dates.problem(text)));
                }

                @Override
                public LocalDate parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
                    if (input instanceof StringValue text) {
                        return Dates.parse(text.getValue())
                                .orElseThrow(() -> new CoercingParseLiteralException(Dates.problem(text.getValue())));
                    }
                    throw new CoercingParseLiteralException("a date is written as a string like \"2025-06-30\"");
                }
            })
            .build();

    @Bean
    RuntimeWiringConfigurer scalars() {
        return wiring -> wiring.scalar(DATE);
    }
}
