// The nodes of the referral graph for drawing: every partner, prospect and customer that takes part in
// a referral of the projection, with the scores referral-graph-scores added to it, most influential
// first and at most $limit of them; total counts them all.
MATCH (n)
WHERE (n:Partner OR n:Customer) AND EXISTS { (n)-[:REFERRED]-() }
  AND gds.util.nodeProperty($graphName, n, 'referrals') > 0
WITH collect(n) AS members
UNWIND members AS n
WITH size(members) AS total, n, gds.util.nodeProperty($graphName, n, 'influence') AS influence
ORDER BY influence DESC, n.id
LIMIT $limit
RETURN total, elementId(n) AS elementId, n:Customer AS customer, n.id AS id, coalesce(n.name, n.id) AS name,
  coalesce(n.status = 'prospect', false) AS prospect, influence,
  gds.util.nodeProperty($graphName, n, 'community') AS community,
  gds.util.nodeProperty($graphName, n, 'betweenness') AS betweenness
