package com.ecosystemgraph.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.GraphQLError;
import graphql.Scalars;
import graphql.execution.ExecutionStepInfo;
import graphql.execution.MergedField;
import graphql.language.Field;
import graphql.execution.ResultPath;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingEnvironmentImpl;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.execution.ErrorType;

class ErrorResolverTest {

    private final java.util.List<Object> events = new java.util.ArrayList<>();
    private final com.ecosystemgraph.availability.DatabaseAvailability availability = new com.ecosystemgraph.availability.DatabaseAvailability(
            events::add);
    private final ErrorResolver resolver = new ErrorResolver(availability);
    private final DataFetchingEnvironment env = DataFetchingEnvironmentImpl.newDataFetchingEnvironment()
            .mergedField(MergedField.newMergedField(Field.newField("partners").build()).build())
            .executionStepInfo(ExecutionStepInfo.newExecutionStepInfo().type(Scalars.GraphQLString)
                    .path(ResultPath.parse("/partners")).build())
            .build();

    @Test
    void anUnexpectedFailureShowsOnlyAnIdNeverItsInternals() {
        GraphQLError error = resolver.resolveToSingleError(new IllegalStateException(
                "Neo.ClientError.Statement.SyntaxError: Invalid input 'MATCH (p:Partner)' at com.ecosystemgraph.Foo"), env);

        assertThat(error.getErrorType()).isEqualTo(ErrorType.INTERNAL_ERROR);
        assertThat(error.getMessage()).matches("Internal error; quote id [0-9a-f-]{36} to the operators");
        assertThat(error.getExtensions()).containsKey("errorId");
        assertThat(error.toSpecification().toString()).doesNotContain("Neo.ClientError", "MATCH", "com.ecosystemgraph", "IllegalState");
    }

    @Test
    void userMistakesKeepTheirMessageAndClassification() {
        assertThat(resolver.resolveToSingleError(new BadRequestException("'first' must be between 1 and 100"), env).getErrorType())
                .isEqualTo(ErrorType.BAD_REQUEST);
        assertThat(resolver.resolveToSingleError(new NotFoundException("no partner P9"), env).getErrorType())
                .isEqualTo(ErrorType.NOT_FOUND);
    }

    @Test
    void aTransactionThatRanOutOfTimeIsATimeoutNotAnInternalError() {
        var driver = new org.neo4j.driver.exceptions.ClientException("Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration",
                "The transaction has not completed within the timeout specified at its start by the client.");
        GraphQLError error = resolver.resolveToSingleError(
                new org.springframework.dao.InvalidDataAccessResourceUsageException("The transaction has been terminated.", driver), env);

        assertThat(error.getErrorType()).isEqualTo(ServiceErrorType.TIMEOUT);
        assertThat(error.getMessage()).contains("time limit").contains("not down");
        assertThat(error.toSpecification().toString()).doesNotContain("Neo.ClientError", "InvalidDataAccess").contains("TIMEOUT");
        assertThat(resolver.resolveToSingleError(new IllegalStateException("something else"), env).getErrorType())
                .isEqualTo(ErrorType.INTERNAL_ERROR);
    }

    @Test
    void aDatabaseThatCannotBeReachedIsUnavailableAndStartsOneOutage() {
        var down = new org.neo4j.driver.exceptions.ServiceUnavailableException(
                "Unable to connect to localhost:7687, ensure the database is running");
        GraphQLError error = resolver.resolveToSingleError(
                new org.springframework.transaction.CannotCreateTransactionException("Could not open a new Neo4j session", down), env);

        assertThat(error.getErrorType()).isEqualTo(ServiceErrorType.UNAVAILABLE);
        assertThat(error.getMessage()).contains("database is unavailable").contains("nothing was read or written");
        assertThat(error.getExtensions()).containsEntry("retryAfterSeconds", ServiceErrorType.RETRY_AFTER_SECONDS);
        assertThat(error.toSpecification().toString()).doesNotContain("localhost", "CannotCreate", "Neo4j session");
        assertThat(availability.isReachable()).isFalse();

        var pool = new org.neo4j.driver.exceptions.ClientException(
                "Unable to acquire connection from the pool within configured maximum time of 5000ms");
        assertThat(resolver.resolveToSingleError(new org.springframework.dao.DataAccessResourceFailureException("x", pool), env)
                .getErrorType())
                .isEqualTo(ServiceErrorType.UNAVAILABLE);
        availability.reachable();
        assertThat(events).hasSize(1).first().isInstanceOf(com.ecosystemgraph.availability.DatabaseReachableAgain.class);
    }
}
