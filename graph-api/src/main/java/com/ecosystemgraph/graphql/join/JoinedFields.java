package com.ecosystemgraph.graphql.join;

import graphql.TrivialDataFetcher;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchemaElement;
import graphql.schema.GraphQLTypeVisitorStub;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import java.util.List;
import java.util.Map;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Serves a nested field from what its root's statement already read ({@link Joined}, the local
 * context), so neither its controller method nor its DataLoader runs. Installed when the schema is
 * built, around every field whose fetcher is not GraphQL's default property fetcher (scalars, edges
 * and nodes cost nothing to fetch and are left alone), so other fields pay nothing per fetch.
 */
@Configuration(proxyBeanMethods = false)
class JoinedFields {

    @Bean
    GraphQlSourceBuilderCustomizer joinedFieldFetchers() {
        return builder -> builder.typeVisitors(List.of(new GraphQLTypeVisitorStub() {
            @Override
            public TraversalControl visitGraphQLFieldDefinition(GraphQLFieldDefinition field,
                    TraverserContext<GraphQLSchemaElement> context) {
                if (context.getParentNode() instanceof GraphQLObjectType parent) {
                    GraphQLCodeRegistry.Builder registry = context.getVarFromParents(GraphQLCodeRegistry.Builder.class);
                    FieldCoordinates coordinates = FieldCoordinates.coordinates(parent, field);
                    DataFetcher<?> fetcher = registry.getDataFetcher(coordinates, field);
                    if (!(fetcher instanceof TrivialDataFetcher)) {
                        registry.dataFetcher(coordinates, new JoinedFetcher(fetcher));
                    }
                }
                return TraversalControl.CONTINUE;
            }
        }));
    }

    /** A field's fetcher that first looks for the field's value in the joined read of its parent. */
    private record JoinedFetcher(DataFetcher<?> fetcher) implements DataFetcher<Object> {
        @Override
        public Object get(DataFetchingEnvironment env) throws Exception {
            if (env.getLocalContext() instanceof Joined joined) {
                Map<String, Object> fields = joined.fields(env.getSource());
                String key = env.getMergedField().getResultKey();
                if (fields != null && fields.containsKey(key)) {
                    return fields.get(key);
                }
            }
            return fetcher.get(env);
        }
    }
}
