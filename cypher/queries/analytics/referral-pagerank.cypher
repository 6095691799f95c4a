// Influence in the referral network: PageRank on the reversed referral graph, so that score flows from
// each referred entity to the partner who referred it (and on to that partner's referrer).
CALL gds.pageRank.stream($graphName, {relationshipTypes: ['REFERRED_REVERSE'], dampingFactor: 0.85})
YIELD nodeId, score
WITH gds.util.asNode(nodeId) AS n, score
WHERE n:Partner AND n.status <> 'prospect'
RETURN n.id AS id, score
ORDER BY score DESC, id
LIMIT $limit
