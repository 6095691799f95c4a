// Partner pairs on the same deals (any role), deals created in [$from, as-of]: support, outcomes as of
// the as-of date, average won amount, mean days to close of won deals, and the churn of the customers
// of their joint won deals. Both members must match the partner filters.
WITH $asOf AS asOf
MATCH (d:Deal)
WHERE d.createdOn <= asOf AND ($from IS NULL OR d.createdOn >= $from)
  // without a label on the far end the planner reads the stored degree instead of expanding (only partners have these types)
  AND COUNT { (d)<-[:SOURCED|INFLUENCED|CO_SOLD]-() } >= 2
MATCH (a:Partner)-[:SOURCED|INFLUENCED|CO_SOLD]->(d)<-[:SOURCED|INFLUENCED|CO_SOLD]-(b:Partner)
WHERE a.id < b.id
  AND ($types IS NULL OR (a.type IN $types AND b.type IN $types))
  AND ($regions IS NULL OR (a.region IN $regions AND b.region IN $regions))
  AND ($tiers IS NULL OR (a.tier IN $tiers AND b.tier IN $tiers))
WITH a, b, d, d.closedOn IS NOT NULL AND d.closedOn <= asOf AS closed
WITH a, b, count(d) AS support,
  count(CASE WHEN closed AND d.outcome = 'won' THEN 1 END) AS won,
  count(CASE WHEN closed AND d.outcome = 'lost' THEN 1 END) AS lost,
  avg(CASE WHEN closed AND d.outcome = 'won' THEN d.amount END) AS averageWonAmount,
  avg(CASE WHEN closed AND d.outcome = 'won' THEN duration.inDays(d.createdOn, d.closedOn).days END) AS averageDaysToClose,
  collect(CASE WHEN closed AND d.outcome = 'won' THEN d END) AS wonDeals
WHERE support >= $minSupport
CALL (wonDeals) {
  UNWIND wonDeals AS w
  MATCH (w)-[:FOR]->(c:Customer)
  WITH DISTINCT c
  RETURN count(c) AS customers, count(CASE WHEN c.churned THEN 1 END) AS churnedCustomers
}
RETURN a.id AS a, a.name AS aName, b.id AS b, b.name AS bName, support, won, lost, averageWonAmount,
  averageDaysToClose, customers, churnedCustomers
