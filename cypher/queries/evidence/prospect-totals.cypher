// Totals over every row behind a prospect's figure of the recruiters' ranking (evidence.graphqls, measures PROSPECT_OVERLAP and
// PROSPECT_CUSTOMER): rows, values (the figure's numerator), and whether the prospect exists. Same rows as evidence/prospect-page;
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
}
RETURN asOf, q IS NOT NULL AS found, count(value) AS count, 0.0 AS amount, coalesce(sum(value), 0.0) AS value, 0.0 AS hours, 0 AS won,
  0 AS lost, null AS values
