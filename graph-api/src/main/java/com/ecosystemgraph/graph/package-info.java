/**
 * The graph's vocabulary, shared by every feature: the node and edge records the API returns
 * ({@link com.ecosystemgraph.graph.Partner}, {@link com.ecosystemgraph.graph.Deal}, ...), their enums, the kinds
 * of node and partner role ({@link com.ecosystemgraph.graph.NodeKind}, {@link com.ecosystemgraph.graph.DealRole}),
 * the enumerated values with their aliases ({@link com.ecosystemgraph.graph.Vocabulary}) and the rules of ids and
 * texts ({@link com.ecosystemgraph.graph.InputRules}). It depends on no feature (docs/adr/0022).
 */
package com.ecosystemgraph.graph;
