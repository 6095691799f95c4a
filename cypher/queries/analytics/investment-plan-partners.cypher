// The inputs of the investment plan, one row per signed partner (active or churned, signed by the
// as-of date) matching the filter, with the same definitions as partner-outcomes (partnerReturns):
// partner-driven revenue (won deals it SOURCED or CO_SOLD, full amount, closed in [$from, as-of]) and
// investment (spentOn in [$from, as-of]) over the history window; its investment in the trailing
// 12 months (spentOn in (as-of - 12 months, as-of]), the allocation the plan starts from; and the
// stored Ideal Partner Profile probability with the model version that computed it (null before scoring).
OPTIONAL MATCH (e:Ecosystem {key: 'default'})
WITH coalesce($asOf, e.snapshotDate, date()) AS asOf
MATCH (p:Partner)
WHERE p.status IN ['active', 'churned'] AND (p.signedOn IS NULL OR p.signedOn <= asOf)
  AND ($types IS NULL OR p.type IN $types) AND ($regions IS NULL OR p.region IN $regions)
  AND ($tiers IS NULL OR p.tier IN $tiers)
CALL (p, asOf) {
  OPTIONAL MATCH (p)-[r:SOURCED|CO_SOLD]->(d:Deal {outcome: 'won'})
  WHERE d.closedOn <= asOf AND ($from IS NULL OR d.closedOn >= $from)
  RETURN coalesce(sum(d.amount), 0.0) AS revenue, count(d) AS wonDeals
}
CALL (p, asOf) {
  OPTIONAL MATCH (v:Investment)-[:IN]->(p)
  WHERE v.spentOn <= asOf
  RETURN
    coalesce(sum(CASE WHEN $from IS NULL OR v.spentOn >= $from THEN v.amount END), 0.0) AS investment,
    coalesce(sum(CASE WHEN v.spentOn > asOf - duration({months: 12}) THEN v.amount END), 0.0) AS currentInvestment
}
RETURN p.id AS id, p.name AS name, p.type AS type, p.tier AS tier, p.region AS region, p.status AS status,
  p.signedOn AS signedOn, asOf, revenue, wonDeals, investment, currentInvestment,
  p.ippProbability AS ippProbability, p.ippModelVersion AS ippModelVersion
ORDER BY id
