// Test support for the no-leakage test: removes every outcome (deals and investments) from the graph.
MATCH (n)
WHERE n:Deal OR n:Investment
DETACH DELETE n
