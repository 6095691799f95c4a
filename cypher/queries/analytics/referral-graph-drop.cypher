// Drops a projected referral graph (no error when it is already gone).
CALL gds.graph.drop($graphName, false) YIELD graphName
RETURN graphName
