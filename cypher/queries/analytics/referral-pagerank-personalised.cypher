// Personalised influence: PageRank on the reversed referral graph restarting only at the partners or
// customers with the ids in $sourceIds ("who brought in the entities I care about").
MATCH (src) WHERE (src:Partner OR src:Customer) AND src.id IN $sourceIds
WITH collect(src) AS sources
CALL gds.pageRank.stream($graphName, {relationshipTypes: ['REFERRED_REVERSE'], dampingFactor: 0.85, sourceNodes: sources})
YIELD nodeId, score
WITH gds.util.asNode(nodeId) AS n, score
WHERE n:Partner AND n.status <> 'prospect' AND score > 0
RETURN n.id AS id, score
ORDER BY score DESC, id
LIMIT $limit
