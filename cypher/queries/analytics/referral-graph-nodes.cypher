// The nodes of the referral graph for drawing: every partner, prospect and customer of the projection
// (exactly those taking part in a referral as of its date), with the scores referral-graph-scores
// added to it, most influential first and at most $limit of them; total counts them all.
CALL gds.graph.nodeProperty.stream($graphName, 'influence')
YIELD nodeId, propertyValue
WITH collect({n: gds.util.asNode(nodeId), influence: propertyValue}) AS members
UNWIND members AS m
WITH size(members) AS total, m.n AS n, m.influence AS influence
ORDER BY influence DESC, n.id
LIMIT $limit
RETURN total, elementId(n) AS elementId, n:Customer AS customer, n.id AS id, coalesce(n.name, n.id) AS name,
  coalesce(n.status = 'prospect', false) AS prospect, influence,
  gds.util.nodeProperty($graphName, n, 'community') AS community,
  gds.util.nodeProperty($graphName, n, 'betweenness') AS betweenness
