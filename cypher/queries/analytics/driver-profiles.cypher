// What performanceDrivers groups a partner by, one row per signed partner (active or churned,
// signed by the as-of date) matching the filters: size, certified staff and the engagement counts
// as stored (null when unknown), the deepest integration it built that had launched by the as-of
// date (or carries no launch date), and the customers using any of those integrations (usage since
// on or before the as-of date, or undated), each customer once.
WITH $asOf AS asOf
MATCH (p:Partner)
WHERE p.status IN ['active', 'churned'] AND (p.signedOn IS NULL OR p.signedOn <= asOf)
  AND ($types IS NULL OR p.type IN $types) AND ($regions IS NULL OR p.region IN $regions)
  AND ($tiers IS NULL OR p.tier IN $tiers)
CALL (p, asOf) {
  OPTIONAL MATCH (i:Integration)-[:BUILT_BY]->(p)
  WHERE i.launchedOn IS NULL OR i.launchedOn <= asOf
  RETURN max(i.depth) AS depth, collect(i) AS integrations
}
CALL (integrations, asOf) {
  UNWIND integrations AS i
  MATCH (c:Customer)-[u:USES]->(i)
  WHERE u.since IS NULL OR u.since <= asOf
  RETURN count(DISTINCT c) AS users
}
RETURN p.id AS id, p.employees AS employees, p.certifiedStaff AS certifiedStaff, p.portalLogins90d AS portalLogins,
  p.trainingsCompleted AS trainings, p.contentDownloads90d AS downloads, depth, users
ORDER BY id
