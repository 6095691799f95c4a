// Projects the referral graph as of a date (GDS Cypher projection, the gds.graph.project aggregation
// function) under a name unique to the request: every partner, prospect and customer, and the REFERRED
// relationships dated on or before the as-of date (undated ones count: the date is unknown, not late).
// Each referral is projected in three orientations: as referred (REFERRED), back towards the referrer
// (REFERRED_REVERSE: influence flows to whoever brought the node in) and undirected
// (REFERRED_UNDIRECTED: communities, bridges). The caller drops it (referral-graph-drop) in its own
// transaction, whatever happens in between.
OPTIONAL MATCH (e:Ecosystem {key: 'default'})
WITH coalesce($asOf, e.snapshotDate, date()) AS asOf
MATCH (s)
WHERE s:Partner OR s:Customer
OPTIONAL MATCH (s)-[r:REFERRED]->(t)
WHERE (t:Partner OR t:Customer) AND (r.referredOn IS NULL OR r.referredOn <= asOf)
WITH s, t, CASE WHEN t IS NULL THEN [null] ELSE ['REFERRED', 'REFERRED_REVERSE', 'REFERRED_UNDIRECTED'] END AS types
UNWIND types AS type
WITH s, t, type,
  CASE WHEN type = 'REFERRED_REVERSE' THEN t ELSE s END AS source,
  CASE WHEN type = 'REFERRED_REVERSE' THEN s ELSE t END AS target
WITH gds.graph.project($graphName, source, target,
  CASE WHEN target IS NULL THEN {sourceNodeLabels: labels(source), targetNodeLabels: NULL}
       ELSE {sourceNodeLabels: labels(source), targetNodeLabels: labels(target), relationshipType: type} END,
  {undirectedRelationshipTypes: ['REFERRED_UNDIRECTED']}) AS g
// each referral is projected four times: once REFERRED, once REFERRED_REVERSE, twice REFERRED_UNDIRECTED;
// on an empty graph no row reaches the aggregation, nothing is projected and g is null
RETURN coalesce(g.nodeCount, 0) AS nodeCount, coalesce(g.relationshipCount, 0) / 4 AS relationshipCount
