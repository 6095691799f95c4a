// Partner triples on the same deals (any role), deals created in [$from, as-of] with three or more
// partners matching the filter. Apriori pruning: a triple is only enumerated when each of its three
// pairs shares at least $minSupport of these deals, since a triple's support can never exceed any of
// its pairs'. Outcomes, amounts, cycle and customer churn as in pair-stats.
WITH $asOf AS asOf
MATCH (d:Deal)
WHERE d.createdOn <= asOf AND ($from IS NULL OR d.createdOn >= $from)
  // without a label on the far end the planner reads the stored degree instead of expanding (only partners have these types)
  AND COUNT { (d)<-[:SOURCED|INFLUENCED|CO_SOLD]-() } >= 3
CALL (d) {
  MATCH (p:Partner)-[:SOURCED|INFLUENCED|CO_SOLD]->(d)
  WHERE ($types IS NULL OR p.type IN $types) AND ($regions IS NULL OR p.region IN $regions)
    AND ($tiers IS NULL OR p.tier IN $tiers)
  WITH p.id AS id ORDER BY id
  RETURN collect(id) AS ids
}
WITH asOf, d, ids
WHERE size(ids) >= 3
WITH asOf, collect({deal: d, ids: ids}) AS deals
CALL (deals) {
  UNWIND deals AS row
  UNWIND range(0, size(row.ids) - 2) AS i
  UNWIND range(i + 1, size(row.ids) - 1) AS j
  WITH row.ids[i] AS a, row.ids[j] AS b, count(*) AS together
  WHERE together >= $minSupport
  RETURN collect([a, b]) AS frequentPairs
}
UNWIND deals AS row
WITH asOf, frequentPairs, row.deal AS d, row.ids AS ids
UNWIND range(0, size(ids) - 3) AS i
UNWIND range(i + 1, size(ids) - 2) AS j
WITH asOf, frequentPairs, d, ids, i, j
WHERE [ids[i], ids[j]] IN frequentPairs
UNWIND range(j + 1, size(ids) - 1) AS k
WITH asOf, d, ids[i] AS a, ids[j] AS b, ids[k] AS c, frequentPairs
WHERE [a, c] IN frequentPairs AND [b, c] IN frequentPairs
WITH a, b, c, d, d.closedOn IS NOT NULL AND d.closedOn <= asOf AS closed
WITH a, b, c, count(d) AS support,
  count(CASE WHEN closed AND d.outcome = 'won' THEN 1 END) AS won,
  count(CASE WHEN closed AND d.outcome = 'lost' THEN 1 END) AS lost,
  avg(CASE WHEN closed AND d.outcome = 'won' THEN d.amount END) AS averageWonAmount,
  avg(CASE WHEN closed AND d.outcome = 'won' THEN duration.inDays(d.createdOn, d.closedOn).days END) AS averageDaysToClose,
  collect(CASE WHEN closed AND d.outcome = 'won' THEN d END) AS wonDeals
WHERE support >= $minSupport
CALL (wonDeals) {
  UNWIND wonDeals AS w
  MATCH (w)-[:FOR]->(customer:Customer)
  WITH DISTINCT customer
  RETURN count(customer) AS customers, count(CASE WHEN customer.churned THEN 1 END) AS churnedCustomers
}
MATCH (pa:Partner {id: a}), (pb:Partner {id: b}), (pc:Partner {id: c})
RETURN [a, b, c] AS ids, [pa.name, pb.name, pc.name] AS names, support, won, lost, averageWonAmount,
  averageDaysToClose, customers, churnedCustomers
