// One row per signed partner (active or churned, signed by the as-of date) matching the filters:
// partner-driven revenue (won deals where it is SOURCED or CO_SOLD, full amount, closed in [$from, as-of]),
// influenced revenue, trailing-12-month partner-driven revenue (closed in (as-of - 12 months, as-of]),
// investment by kind (spent in [$from, as-of]) and in all in the trailing 12 months, the stored IPP score, its earnings, hours and co-sold rows on deals created in
// the period, and its won and lost deals (SOURCED or CO_SOLD, closed in the period). With $ids: the
// partners of those ids instead, whatever their status, type, region or tier.
WITH $asOf AS asOf
MATCH (p:Partner)
WHERE ($ids IS NOT NULL AND p.id IN $ids)
  OR ($ids IS NULL AND p.status IN ['active', 'churned'] AND (p.signedOn IS NULL OR p.signedOn <= asOf)
    AND ($types IS NULL OR p.type IN $types) AND ($regions IS NULL OR p.region IN $regions)
    AND ($tiers IS NULL OR p.tier IN $tiers))
CALL (p, asOf) {
  OPTIONAL MATCH (p)-[r:SOURCED|INFLUENCED|CO_SOLD]->(d:Deal {outcome: 'won'})
  WHERE d.closedOn <= asOf
  RETURN
    coalesce(sum(CASE WHEN type(r) <> 'INFLUENCED' AND ($from IS NULL OR d.closedOn >= $from) THEN d.amount END), 0.0) AS revenue,
    coalesce(sum(CASE WHEN type(r) = 'INFLUENCED' AND ($from IS NULL OR d.closedOn >= $from) THEN d.amount END), 0.0) AS influenced,
    coalesce(sum(CASE WHEN type(r) <> 'INFLUENCED' AND d.closedOn > asOf - duration({months: 12}) THEN d.amount END), 0.0) AS trailingRevenue
}
CALL (p, asOf) {
  OPTIONAL MATCH (p)-[r:SOURCED|INFLUENCED|CO_SOLD]->(d:Deal)
  WHERE d.createdOn <= asOf AND ($from IS NULL OR d.createdOn >= $from)
  RETURN count(r) AS dealRows, coalesce(sum(r.partnerEarnings), 0.0) AS earnings, coalesce(sum(r.partnerHours), 0.0) AS hours,
    count(CASE WHEN type(r) = 'CO_SOLD' THEN 1 END) AS coSoldRows
}
CALL (p, asOf) {
  OPTIONAL MATCH (p)-[:SOURCED|CO_SOLD]->(d:Deal)
  WHERE d.outcome IN ['won', 'lost'] AND d.closedOn <= asOf AND ($from IS NULL OR d.closedOn >= $from)
  RETURN count(CASE WHEN d.outcome = 'won' THEN 1 END) AS wonDeals, count(CASE WHEN d.outcome = 'lost' THEN 1 END) AS lostDeals
}
CALL (p, asOf) {
  OPTIONAL MATCH (v:Investment)-[:IN]->(p)
  WHERE v.spentOn <= asOf
  WITH v, asOf, $from IS NULL OR v.spentOn >= $from AS inPeriod
  RETURN
    coalesce(sum(CASE WHEN inPeriod AND v.kind = 'mdf' THEN v.amount END), 0.0) AS mdf,
    coalesce(sum(CASE WHEN inPeriod AND v.kind = 'enablement' THEN v.amount END), 0.0) AS enablement,
    coalesce(sum(CASE WHEN inPeriod AND v.kind = 'co_marketing' THEN v.amount END), 0.0) AS coMarketing,
    coalesce(sum(CASE WHEN inPeriod AND v.kind = 'support' THEN v.amount END), 0.0) AS support,
    coalesce(sum(CASE WHEN v.spentOn > asOf - duration({months: 12}) THEN v.amount END), 0.0) AS trailingInvestment
}
RETURN p.id AS id, p.name AS name, p.type AS type, p.tier AS tier, p.region AS region, p.status AS status,
  p.signedOn AS signedOn, p.hourlyRate AS hourlyRate, asOf, p.ippProbability AS ippProbability, p.ippModelVersion AS ippModelVersion,
  revenue, influenced, trailingRevenue, dealRows, earnings, hours, coSoldRows, wonDeals, lostDeals, mdf, enablement, coMarketing, support, trailingInvestment
ORDER BY id
