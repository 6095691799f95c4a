// Every referral dated on or before the as-of date as referral-graph-project counts them (undated ones
// count); the caller keeps those between drawn nodes. One scan of REFERRED: no per-node lookups.
WITH $asOf AS asOf
MATCH (a)-[r:REFERRED]->(b)
WHERE r.referredOn IS NULL OR r.referredOn <= asOf
RETURN elementId(a) AS source, elementId(b) AS target, r.referredOn AS referredOn
