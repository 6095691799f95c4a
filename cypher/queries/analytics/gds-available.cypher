// Whether the database server has the Graph Data Science plugin, which the referral structure and the
// model's network features need: the GDS procedures they call are among those the service's user may run.
SHOW PROCEDURES EXECUTABLE BY CURRENT USER YIELD name
WHERE name IN ['gds.pageRank.stream', 'gds.louvain.stream', 'gds.betweenness.stream', 'gds.graph.drop']
RETURN count(*) = 4 AS available
