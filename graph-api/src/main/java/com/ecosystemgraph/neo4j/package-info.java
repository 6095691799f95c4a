/**
 * Running the named Cypher statements ({@link com.ecosystemgraph.neo4j.CypherRunner}) and converting driver
 * values to read-model fields ({@link com.ecosystemgraph.neo4j.GraphValues}); no GraphQL and no feature here
 * (docs/adr/0022).
 */
package com.ecosystemgraph.neo4j;
