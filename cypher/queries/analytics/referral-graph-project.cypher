// Projects the referral graph as of a date (GDS Cypher projection, the gds.graph.project aggregation
// function) under a name unique to the request: the partners, prospects and customers that take part
// in a referral dated on or before the as-of date (undated ones count: the date is unknown, not
// late), and those referrals. Entities without a referral are left out: they have no influence, no
// community of three and lie on no path, and at 100x they are 200,000 nodes that made the
// projection and the algorithms run past the transaction timeout.
// Each referral is projected in three orientations: as referred (REFERRED), back towards the referrer
// (REFERRED_REVERSE: influence flows to whoever brought the node in) and undirected
// (REFERRED_UNDIRECTED: communities, bridges). The caller drops it (referral-graph-drop) in its own
// transaction, whatever happens in between.
WITH $asOf AS asOf
MATCH (s)-[r:REFERRED]->(t)
WHERE (s:Partner OR s:Customer) AND (t:Partner OR t:Customer)
  AND (r.referredOn IS NULL OR r.referredOn <= asOf)
UNWIND ['REFERRED', 'REFERRED_REVERSE', 'REFERRED_UNDIRECTED'] AS type
WITH s, t, type,
  CASE WHEN type = 'REFERRED_REVERSE' THEN t ELSE s END AS source,
  CASE WHEN type = 'REFERRED_REVERSE' THEN s ELSE t END AS target
WITH gds.graph.project($graphName, source, target,
  {sourceNodeLabels: labels(source), targetNodeLabels: labels(target), relationshipType: type},
  {undirectedRelationshipTypes: ['REFERRED_UNDIRECTED']}) AS g
// each referral is projected four times: once REFERRED, once REFERRED_REVERSE, twice REFERRED_UNDIRECTED;
// without any referral no row reaches the aggregation, nothing is projected and g is null
RETURN coalesce(g.nodeCount, 0) AS nodeCount, coalesce(g.relationshipCount, 0) / 4 AS relationshipCount
