// One page of the rows behind a prospect's figure of the recruiters' ranking (measures PROSPECT_OVERLAP: partner rows,
// PROSPECT_CUSTOMER: customer rows, PROSPECT_REFERRAL: the top performers within 3 referral hops, valued by their hops, PROSPECT_NEW_CUSTOMER: the
// customers it serves that no active partner serves, valued by their ARR); the same rows as evidence/prospect-totals, sorted by id (or by value, VALUE).
MATCH (q:Partner {id: $prospect, status: 'prospect'})
CALL (q) {
  WITH q WHERE $measure = 'PROSPECT_OVERLAP'
  WITH COUNT { (q)-[:SERVES]->(:Customer) } AS served
  MATCH (a:Partner {status: 'active'})
  RETURN a AS p, null AS c, a.id AS rowKey, CASE WHEN COUNT { (a)-[:SERVES]->(:Customer) } < served THEN 1.0 ELSE 0.0 END AS value
  UNION ALL
  WITH q WHERE $measure = 'PROSPECT_CUSTOMER'
  CALL () {
    MATCH (c:Customer)
    WHERE c.industry IS NOT NULL AND c.region IS NOT NULL
    WITH c, EXISTS { (:Partner {status: 'active'})-[:SERVES]->(c) } AS served
    WITH c.industry + '|' + c.region AS cell, count(*) AS customers, sum(CASE WHEN served THEN 1 ELSE 0 END) AS covered
    WITH collect({cell: cell, coverage: toFloat(covered) / customers}) AS cells, toFloat(sum(covered)) / sum(customers) AS overall
    RETURN [x IN cells WHERE x.coverage < overall | x.cell] AS underRepresented
  }
  MATCH (q)-[:SERVES]->(c:Customer)
  RETURN null AS p, c, c.id AS rowKey, CASE WHEN c.industry + '|' + c.region IN underRepresented THEN 1.0 ELSE 0.0 END AS value
  UNION ALL
  WITH q WHERE $measure = 'PROSPECT_REFERRAL'
  // scoring/prospect-fit's top performers: active, sourced + co-sold won revenue >= $topRevenue in the $windowMonths up to the snapshot
  CALL () {
    MATCH (e:Ecosystem {key: 'default'})
    MATCH (t:Partner {status: 'active'})-[:SOURCED|CO_SOLD]->(d:Deal {outcome: 'won'})
    WHERE d.closedOn > e.snapshotDate - duration({months: $windowMonths}) AND d.closedOn <= e.snapshotDate
    WITH t, sum(d.amount) AS revenue
    WHERE revenue >= $topRevenue
    RETURN collect(t) AS tops
  }
  MATCH path = (q)-[:REFERRED*1..3]-(t:Partner)
  WHERE t IN tops AND t <> q
  WITH t, min(length(path)) AS hops
  RETURN t AS p, null AS c, t.id AS rowKey, toFloat(hops) AS value
  UNION ALL
  // PROSPECT_NEW_CUSTOMER: each customer the prospect serves that no active partner signed by the as-of date serves, its ARR
  // (analytics/prospect-reach's newCustomers without a partner filter: the ranking takes none)
  WITH q WHERE $measure = 'PROSPECT_NEW_CUSTOMER'
  MATCH (q)-[:SERVES]->(c:Customer)
  WHERE NOT EXISTS { (a:Partner)-[:SERVES]->(c) WHERE a.status = 'active' AND a.signedOn <= $asOf }
  RETURN null AS p, c, c.id AS rowKey, coalesce(toFloat(c.arr), 0.0) AS value
}
WITH p, c, rowKey, value, CASE $orderField WHEN 'VALUE' THEN value WHEN 'AMOUNT' THEN value ELSE rowKey END AS sortValue
WHERE $afterId IS NULL
  OR (NOT $descending AND (sortValue > $afterValue OR (sortValue = $afterValue AND rowKey > $afterId)))
  OR ($descending AND (sortValue < $afterValue OR (sortValue = $afterValue AND rowKey > $afterId)))
RETURN p, c, sortValue, rowKey, value
ORDER BY CASE WHEN $descending THEN null ELSE sortValue END ASC, CASE WHEN $descending THEN sortValue END DESC, rowKey ASC
LIMIT $limit
