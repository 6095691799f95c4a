// The names of the GDS projections in the catalog, sorted
CALL gds.graph.list() YIELD graphName
RETURN graphName ORDER BY graphName
