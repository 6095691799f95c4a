// Micro-ecosystems: Louvain communities of the undirected referral graph (single-threaded, so the result is
// deterministic), with each community's size; only nodes that take part in a referral dated on or before $asOf (the
// projection's date).
CALL gds.louvain.stream($graphName, {relationshipTypes: ['REFERRED_UNDIRECTED'], concurrency: 1})
YIELD nodeId, communityId
WITH gds.util.asNode(nodeId) AS n, communityId
WHERE EXISTS { (n)-[r:REFERRED]-() WHERE r.referredOn IS NULL OR r.referredOn <= $asOf }
WITH communityId, collect(n) AS members
WHERE size(members) >= $minSize
RETURN communityId, size(members) AS size,
  [m IN members WHERE m:Partner AND m.status <> 'prospect' | m.id] AS partnerIds,
  size([m IN members WHERE m:Customer]) AS customers
ORDER BY size DESC, communityId
LIMIT $limit
