// Takes up to $limit stale partner rollups (clearing their flag, which locks them: a write
// committed after this read marks them stale again) and returns each partner's daily sums on
// three axes, only days with activity, in no particular order:
// closed: [day, partner-driven won amount (SOURCED or CO_SOLD), influenced won amount];
// created: [day, deal rows, registered rows, earnings, hours, co-sold rows];
// decided: [day, won deals, lost deals] of the deals it SOURCED or CO_SOLD, by closing day;
// spent: [day, mdf, enablement, co-marketing, support].
// The caller orders them and turns the sums into cumulative sums (write-partner-rollups.cypher).
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
  WITH x, d, CASE WHEN d.outcome = 'won' THEN d.closedOn END AS day
  WITH day, sum(CASE WHEN type(x) <> 'INFLUENCED' THEN d.amount ELSE 0.0 END) AS driven,
    sum(CASE WHEN type(x) = 'INFLUENCED' THEN d.amount ELSE 0.0 END) AS influenced
  WHERE day IS NOT NULL
  RETURN collect([day, driven, influenced]) AS closed
}
CALL (p) {
  MATCH (p)-[x:SOURCED|INFLUENCED|CO_SOLD]->(d:Deal)
  WITH x, d, d.createdOn AS day
  WITH day, count(*) AS rows,
    sum(CASE WHEN x.registrationStage IS NOT NULL AND x.registrationStage <> 'unregistered' THEN 1 ELSE 0 END) AS registered,
    sum(coalesce(x.partnerEarnings, 0.0)) AS earnings, sum(coalesce(x.partnerHours, 0.0)) AS hours,
    sum(CASE WHEN type(x) = 'CO_SOLD' THEN 1 ELSE 0 END) AS coSold
  WHERE day IS NOT NULL
  RETURN collect([day, rows, registered, earnings, hours, coSold]) AS created, min(day) AS firstDeal
}
CALL (p) {
  MATCH (p)-[x:SOURCED|CO_SOLD]->(d:Deal)
  WITH d, CASE WHEN d.outcome IN ['won', 'lost'] THEN d.closedOn END AS day
  WITH day, sum(CASE WHEN d.outcome = 'won' THEN 1 ELSE 0 END) AS won, sum(CASE WHEN d.outcome = 'lost' THEN 1 ELSE 0 END) AS lost
  WHERE day IS NOT NULL
  RETURN collect([day, won, lost]) AS decided
}
CALL (p) {
  MATCH (v:Investment)-[:IN]->(p)
  WITH v, v.spentOn AS day
  WITH day,
    sum(CASE WHEN v.kind = 'mdf' THEN v.amount ELSE 0.0 END) AS mdf,
    sum(CASE WHEN v.kind = 'enablement' THEN v.amount ELSE 0.0 END) AS enablement,
    sum(CASE WHEN v.kind = 'co_marketing' THEN v.amount ELSE 0.0 END) AS coMarketing,
    sum(CASE WHEN v.kind = 'support' THEN v.amount ELSE 0.0 END) AS support
  WHERE day IS NOT NULL
  RETURN collect([day, mdf, enablement, coMarketing, support]) AS spent
}
RETURN r.partnerId AS partnerId, p IS NOT NULL AS exists, closed, created, decided, spent, firstDeal
