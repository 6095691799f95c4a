/**
 * Joined reads: a root field and the nested fields it selects read by one Cypher statement, composed
 * from the fragment files of {@code cypher/queries/join/} (ADR 0012). Features register their node
 * types and the nested fields a parent's statement can read ({@link com.ecosystemgraph.graphql.join.Joins});
 * everything else keeps its own fetcher and DataLoader.
 */
package com.ecosystemgraph.graphql.join;
