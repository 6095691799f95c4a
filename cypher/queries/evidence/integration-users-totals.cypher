// Totals over every customer row behind a driver group's integration users (evidence.graphqls, measure INTEGRATION_USER):
// each signed partner of the filter (narrowed to a group's partners through $creditedPartners) and each customer using one
// of the integrations it built that had launched by the as-of date (or carries no launch date), usage since on or before
// the as-of date (or undated), each customer once per partner: analytics/driver-profiles' users, summed over the partners.
// Same rows as evidence/integration-users-page.
WITH $asOf AS asOf
OPTIONAL CALL (asOf) {
  MATCH (p:Partner)
  WHERE p.status IN ['active', 'churned'] AND (p.signedOn IS NULL OR p.signedOn <= asOf)
    AND ($creditedPartners IS NULL OR p.id IN $creditedPartners)
    AND ($types IS NULL OR p.type IN $types) AND ($regions IS NULL OR p.region IN $regions) AND ($tiers IS NULL OR p.tier IN $tiers)
  MATCH (c:Customer)-[u:USES]->(i:Integration)-[:BUILT_BY]->(p)
  WHERE (i.launchedOn IS NULL OR i.launchedOn <= asOf) AND (u.since IS NULL OR u.since <= asOf)
  RETURN count(DISTINCT [p.id, c.id]) AS rows
}
RETURN asOf, coalesce(rows, 0) AS count, 0.0 AS amount, toFloat(coalesce(rows, 0)) AS value, 0.0 AS hours, 0 AS won, 0 AS lost,
  null AS values
