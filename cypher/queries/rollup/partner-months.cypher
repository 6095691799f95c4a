// Takes up to $limit stale partner rollups (clearing their flag, which locks them: a write
// committed after this read marks them stale again) and returns each partner's monthly sums on
// three axes, months numbered year * 12 + month - 1, ascending, only months with activity:
// closed: [month, partner-driven won amount (SOURCED or CO_SOLD), influenced won amount];
// created: [month, deal rows, registered rows, earnings, hours];
// spent: [month, mdf, enablement, co-marketing, support].
// The caller turns the sums into cumulative sums (write-partner-rollups.cypher).
MATCH (r:PartnerRollup)
WHERE r.stale = true
WITH r
LIMIT $limit
SET r.stale = false
WITH r
OPTIONAL MATCH (p:Partner {id: r.partnerId})
// Property conditions are tested after the expansion, never in the MATCH: right after a bulk
// import the index statistics are stale, and a condition the planner could answer from an index
// (outcome, closedOn, createdOn, spentOn) made it scan that index once per partner (100 s at 10x).
CALL (p) {
  MATCH (p)-[x:SOURCED|INFLUENCED|CO_SOLD]->(d:Deal)
  WITH x, d, CASE WHEN d.outcome = 'won' AND d.closedOn IS NOT NULL THEN d.closedOn.year * 12 + d.closedOn.month - 1 END AS month
  WITH month, sum(CASE WHEN type(x) <> 'INFLUENCED' THEN d.amount ELSE 0.0 END) AS driven,
    sum(CASE WHEN type(x) = 'INFLUENCED' THEN d.amount ELSE 0.0 END) AS influenced
  WHERE month IS NOT NULL
  ORDER BY month
  RETURN collect([month, driven, influenced]) AS closed
}
CALL (p) {
  MATCH (p)-[x:SOURCED|INFLUENCED|CO_SOLD]->(d:Deal)
  WITH x, d, CASE WHEN d.createdOn IS NOT NULL THEN d.createdOn.year * 12 + d.createdOn.month - 1 END AS month
  WITH month, count(*) AS rows,
    sum(CASE WHEN x.registrationStage IS NOT NULL AND x.registrationStage <> 'unregistered' THEN 1 ELSE 0 END) AS registered,
    sum(coalesce(x.partnerEarnings, 0.0)) AS earnings, sum(coalesce(x.partnerHours, 0.0)) AS hours,
    min(d.createdOn) AS firstDeal
  WHERE month IS NOT NULL
  ORDER BY month
  RETURN collect([month, rows, registered, earnings, hours]) AS created, min(firstDeal) AS firstDeal
}
CALL (p) {
  MATCH (v:Investment)-[:IN]->(p)
  WITH v, CASE WHEN v.spentOn IS NOT NULL THEN v.spentOn.year * 12 + v.spentOn.month - 1 END AS month
  WITH month,
    sum(CASE WHEN v.kind = 'mdf' THEN v.amount ELSE 0.0 END) AS mdf,
    sum(CASE WHEN v.kind = 'enablement' THEN v.amount ELSE 0.0 END) AS enablement,
    sum(CASE WHEN v.kind = 'co_marketing' THEN v.amount ELSE 0.0 END) AS coMarketing,
    sum(CASE WHEN v.kind = 'support' THEN v.amount ELSE 0.0 END) AS support
  WHERE month IS NOT NULL
  ORDER BY month
  RETURN collect([month, mdf, enablement, coMarketing, support]) AS spent
}
RETURN r.partnerId AS partnerId, p IS NOT NULL AS exists, closed, created, spent, firstDeal
