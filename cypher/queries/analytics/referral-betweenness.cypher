// Bridge partners: betweenness centrality on the undirected referral graph (sampled from $samplingSize
// source nodes with a fixed seed when the graph is large, so the cost stays bounded).
CALL gds.betweenness.stream($graphName, {relationshipTypes: ['REFERRED_UNDIRECTED'], samplingSize: $samplingSize, samplingSeed: 42})
YIELD nodeId, score
WITH gds.util.asNode(nodeId) AS n, score
WHERE n:Partner AND n.status <> 'prospect' AND score > 0
RETURN n.id AS id, score
ORDER BY score DESC, id
LIMIT $limit
