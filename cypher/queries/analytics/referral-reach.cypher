// Referral reach of partners (all referring partners, or the ids given): every partner and customer
// reachable along REFERRED within $maxHops (referrals dated on or before the as-of date), at its
// shortest hop count, with the revenue that descends from it: for a partner its partner-driven won
// revenue (SOURCED / CO_SOLD), for a customer its won deals, closed in [$from, as-of].
// Credit decays per hop: weight = $decay ^ (hops - 1).
WITH $asOf AS asOf
// the ids given are looked up by index (one partner's reach must not scan every partner)
CALL () {
  UNWIND coalesce($ids, []) AS id
  MATCH (s:Partner {id: id})
  RETURN s
  UNION
  MATCH (s:Partner)
  WHERE $ids IS NULL
  RETURN s
}
WITH asOf, s
WHERE EXISTS { (s)-[:REFERRED]->() }
  AND ($types IS NULL OR s.type IN $types) AND ($regions IS NULL OR s.region IN $regions)
  AND ($tiers IS NULL OR s.tier IN $tiers)
OPTIONAL MATCH path = (s)-[:REFERRED*1..10]->(x)
WHERE length(path) <= $maxHops AND x <> s
  AND all(r IN relationships(path) WHERE r.referredOn IS NULL OR r.referredOn <= asOf)
WITH asOf, s, x, min(length(path)) AS hops
CALL (x, asOf) {
  OPTIONAL MATCH (x)-[:SOURCED|CO_SOLD]->(d:Deal {outcome: 'won'})
  WHERE x:Partner AND d.closedOn <= asOf AND ($from IS NULL OR d.closedOn >= $from)
  RETURN coalesce(sum(d.amount), 0.0) AS partnerRevenue
}
CALL (x, asOf) {
  OPTIONAL MATCH (d:Deal {outcome: 'won'})-[:FOR]->(x)
  WHERE x:Customer AND d.closedOn <= asOf AND ($from IS NULL OR d.closedOn >= $from)
  RETURN coalesce(sum(d.amount), 0.0) AS customerRevenue
}
WITH s, x, hops, partnerRevenue + customerRevenue AS revenue
RETURN s.id AS id, s.name AS name,
  count(CASE WHEN x:Partner AND x.status <> 'prospect' THEN 1 END) AS partners,
  count(CASE WHEN x:Partner AND x.status = 'prospect' THEN 1 END) AS prospects,
  count(CASE WHEN x:Customer THEN 1 END) AS customers,
  count(CASE WHEN hops = 1 THEN 1 END) AS directReferrals,
  coalesce(max(hops), 0) AS depth,
  coalesce(sum(revenue), 0.0) AS revenue,
  coalesce(sum(revenue * ($decay ^ (hops - 1))), 0.0) AS creditedRevenue
