// Totals over every row behind a prospect's figure of the recruiters' ranking (evidence.graphqls, measures PROSPECT_OVERLAP,
// PROSPECT_CUSTOMER, PROSPECT_REFERRAL and PROSPECT_NEW_CUSTOMER): rows, values (the figure's numerator), and whether the prospect exists. Same rows as evidence/prospect-page;
// each branch repeats scoring/prospect-fit's reading of the figure: keep them in step.
OPTIONAL MATCH (e:Ecosystem {key: 'default'})
WITH e.snapshotDate AS asOf
OPTIONAL MATCH (q:Partner {id: $prospect, status: 'prospect'})
// OPTIONAL: one row of totals even when no row matches (no prospect, or a prospect serving none of our customers)
OPTIONAL CALL (q) {
  // PROSPECT_OVERLAP: each active partner, 1 when it serves fewer of our customers than the prospect
  WITH q WHERE $measure = 'PROSPECT_OVERLAP' AND q IS NOT NULL
  WITH COUNT { (q)-[:SERVES]->(:Customer) } AS served
  MATCH (a:Partner {status: 'active'})
  RETURN CASE WHEN COUNT { (a)-[:SERVES]->(:Customer) } < served THEN 1.0 ELSE 0.0 END AS value
  UNION ALL
  // PROSPECT_CUSTOMER: each customer the prospect serves, 1 when its industry and region cell is under-represented
  WITH q WHERE $measure = 'PROSPECT_CUSTOMER' AND q IS NOT NULL
  CALL () {
    MATCH (c:Customer)
    WHERE c.industry IS NOT NULL AND c.region IS NOT NULL
    WITH c, EXISTS { (:Partner {status: 'active'})-[:SERVES]->(c) } AS served
    WITH c.industry + '|' + c.region AS cell, count(*) AS customers, sum(CASE WHEN served THEN 1 ELSE 0 END) AS covered
    WITH collect({cell: cell, coverage: toFloat(covered) / customers}) AS cells, toFloat(sum(covered)) / sum(customers) AS overall
    RETURN [x IN cells WHERE x.coverage < overall | x.cell] AS underRepresented
  }
  MATCH (q)-[:SERVES]->(c:Customer)
  RETURN CASE WHEN c.industry + '|' + c.region IN underRepresented THEN 1.0 ELSE 0.0 END AS value
  UNION ALL
  // PROSPECT_REFERRAL: each top performer within 3 referral hops (either direction), valued by its least hops
  WITH q WHERE $measure = 'PROSPECT_REFERRAL' AND q IS NOT NULL
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
  RETURN toFloat(hops) AS value
  UNION ALL
  // PROSPECT_NEW_CUSTOMER: each customer the prospect serves that no active partner signed by the as-of date serves, its ARR
  // (analytics/prospect-reach's newCustomers without a partner filter: the ranking takes none)
  WITH q WHERE $measure = 'PROSPECT_NEW_CUSTOMER' AND q IS NOT NULL
  MATCH (q)-[:SERVES]->(c:Customer)
  WHERE NOT EXISTS { (a:Partner)-[:SERVES]->(c) WHERE a.status = 'active' AND a.signedOn <= $asOf }
  RETURN coalesce(toFloat(c.arr), 0.0) AS value
}
// PROSPECT_REFERRAL's figure is its referralProximity: 1 / the least hops (0 with no top performer within 3)
RETURN asOf, q IS NOT NULL AS found, count(value) AS count, 0.0 AS amount,
  CASE WHEN $measure = 'PROSPECT_REFERRAL' THEN CASE WHEN count(value) = 0 THEN 0.0 ELSE 1.0 / min(value) END
    ELSE coalesce(sum(value), 0.0) END AS value, 0.0 AS hours, 0 AS won,
  0 AS lost, null AS values
