// Query (e)'s page statement as the Java service composes it for a first page of one outcome above an amount,
// by amount descending (Joins.pagePlan on join/deal-page.cypher; the nested customer and partners left out).
MATCH (n0:Deal)
WHERE n0.outcome IN $outcomes
  AND ($outcomes IS NULL OR n0.outcome IN $outcomes)
  AND ($minAmount IS NULL OR n0.amount >= $minAmount)
WITH n0, coalesce(toFloat(n0.amount), -1.0) AS sortValue
WHERE true
WITH n0, sortValue
ORDER BY sortValue DESC, n0.id ASC
LIMIT $limit
RETURN n0 { .id, .amount } AS node, sortValue
