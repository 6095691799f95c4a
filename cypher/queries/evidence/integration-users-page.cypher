// One page of the customer rows behind a driver group's integration users (measure INTEGRATION_USER): each partner and each
// customer using one of its integrations, worth 1, with the partner as whom the row credits (via); the same rows as
// evidence/integration-users-totals, sorted by partner then customer id (any order field: every row is worth 1).
WITH $asOf AS asOf
MATCH (p:Partner)
WHERE p.status IN ['active', 'churned'] AND (p.signedOn IS NULL OR p.signedOn <= asOf)
  AND ($creditedPartners IS NULL OR p.id IN $creditedPartners)
  AND ($types IS NULL OR p.type IN $types) AND ($regions IS NULL OR p.region IN $regions) AND ($tiers IS NULL OR p.tier IN $tiers)
MATCH (c:Customer)-[u:USES]->(i:Integration)-[:BUILT_BY]->(p)
WHERE (i.launchedOn IS NULL OR i.launchedOn <= asOf) AND (u.since IS NULL OR u.since <= asOf)
WITH DISTINCT p, c
WITH p, c, p.id + '|' + c.id AS rowKey
WHERE $afterId IS NULL OR rowKey > $afterId
RETURN null AS p, c, p AS via, 'PARTNER' AS viaKind, rowKey AS sortValue, rowKey, 1.0 AS value
ORDER BY rowKey
LIMIT $limit
