package com.ecosystemgraph.customer;

import com.ecosystemgraph.graph.Segment;
import com.ecosystemgraph.importing.EcosystemFile;
import com.ecosystemgraph.importing.RowInput;
import org.springframework.graphql.data.ArgumentValue;

/**
 * The {@code CustomerInput} of upsertCustomer: a row of customers.csv. Optional fields are
 * {@link ArgumentValue}s: left out, the stored value stays; given as null, it is cleared.
 */
record CustomerInput(String id, String name, ArgumentValue<String> industry, ArgumentValue<String> region,
        ArgumentValue<Segment> segment, ArgumentValue<Double> arr, ArgumentValue<Boolean> churned,
        ArgumentValue<Integer> nps) {

    RowInput row() {
        return RowInput.of(EcosystemFile.CUSTOMERS)
                .with("id", id)
                .with("name", name)
                .with("industry", industry)
                .with("region", region)
                .with("segment", segment)
                .with("arr", arr)
                .with("churned", churned)
                .with("nps", nps);
    }
}
