package com.ecosystemgraph.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** graphql-java's messages as the fuzz suite met them, and how they read after rewording. */
class GraphQlErrorWordingTest {

    @Test
    void aLiteralOfTheWrongKindIsNamedAsAUserWouldNameIt() {
        assertThat(GraphQlErrorWording.words("Validation error (WrongType@[partners]) : argument 'first' with value"
                + " 'FloatValue{value=1.5}' is not a valid 'Int' - Expected an AST type of 'IntValue' but it was a 'FloatValue'"))
                .isEqualTo("'first' is not a valid Int: expected a whole number, got a number");
        assertThat(GraphQlErrorWording.words("Validation error (WrongType@[upsertPartner]) : argument 'input.id' with value"
                + " 'BooleanValue{value=true}' is not a valid 'ID' - Expected an AST type of 'IntValue' or 'StringValue' but it was a 'BooleanValue'"))
                .isEqualTo("'input.id' is not a valid ID: expected a whole number or a string in double quotes, got true or false");
    }

    @Test
    void aNullOrAnInputObjectIsNotPrintedAsTheLibrarysObjects() {
        String reworded = GraphQlErrorWording.words("Validation error (WrongType@[upsertPartner]) : argument 'input.type' with value"
                + " 'NullValue{}' must not be null");
        assertThat(reworded).isEqualTo("argument 'input.type' with the value given must not be null");
        assertThat(GraphQlErrorWording
                .words("Validation error (WrongType@[upsertDeal]) : argument 'input' with value 'ObjectValue{objectFields"
                        + "=[ObjectField{name='customerId', value=StringValue{value='C1'}}]}' is missing required fields '[id]'"))
                .isEqualTo("argument 'input' with the value given is missing required fields '[id]'");
    }
}
