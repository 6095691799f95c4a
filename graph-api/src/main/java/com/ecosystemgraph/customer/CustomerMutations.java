package com.ecosystemgraph.customer;

import com.ecosystemgraph.graph.Customer;
import com.ecosystemgraph.graphql.UserError;
import com.ecosystemgraph.importing.RowWriter;
import com.ecosystemgraph.security.AdminAccess;
import java.util.List;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;

/** {@code upsertCustomer}. */
@Controller
class CustomerMutations {

    /** Result of upsertCustomer. */
    record CustomerPayload(Customer customer, List<UserError> errors) {
    }

    private final RowWriter writer;
    private final CustomerRepository customers;

    CustomerMutations(RowWriter writer, CustomerRepository customers) {
        this.writer = writer;
        this.customers = customers;
    }

    @MutationMapping
    @AdminAccess
    @Transactional
    public CustomerPayload upsertCustomer(@Argument CustomerInput input) {
        var outcome = writer.upsert(input.row(), () -> customers.findById(input.id()).orElseThrow());
        return new CustomerPayload(outcome.stored(), outcome.userErrors());
    }
}
