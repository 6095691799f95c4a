// Every referral dated on or before the as-of date (or undated), with the kind and id of both ends:
// the network the referral credit is computed on (breadth first, in Java: docs/analytics.md#2).
// Partners include prospects (status prospect); an end is a Partner or a Customer.
WITH $asOf AS asOf
MATCH (a)-[r:REFERRED]->(b)
WHERE r.referredOn IS NULL OR r.referredOn <= asOf
RETURN CASE WHEN a:Partner THEN 'Partner' ELSE 'Customer' END AS fromKind, a.id AS fromId,
  CASE WHEN b:Partner THEN 'Partner' ELSE 'Customer' END AS toKind, b.id AS toId
