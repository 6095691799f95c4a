// Rebuilds the deal rollups of every stale created month from the deals created in it: one
// DealRollup per (source, outcome, closed month) with its deal count, amount and, for closed
// deals, a histogram of days to close (days[i] occurs dayCounts[i] times). The month is locked
// first (its flag cleared), so a deal written meanwhile marks it stale again after this commits.
MATCH (m:DealMonth)
WHERE m.stale = true
SET m.stale = false
WITH m
CALL (m) {
  MATCH (m)<-[:OF_MONTH]-(old:DealRollup)
  DETACH DELETE old
}
CALL (m) {
  // the hint keeps the range seek even when the index statistics are stale (right after an import)
  MATCH (d:Deal)
  USING INDEX d:Deal(createdOn)
  WHERE d.createdOn >= m.month AND d.createdOn < m.month + duration({months: 1})
  WITH d.source AS source, d.outcome AS outcome, CASE WHEN d.closedOn IS NOT NULL THEN date.truncate('month', d.closedOn) END AS closedMonth,
    duration.inDays(d.createdOn, d.closedOn).days AS days, count(*) AS deals, sum(d.amount) AS amount
  WITH source, outcome, closedMonth, sum(deals) AS deals, sum(amount) AS amount,
    collect(CASE WHEN days IS NOT NULL THEN days END) AS days,
    collect(CASE WHEN days IS NOT NULL THEN deals END) AS dayCounts
  CREATE (r:DealRollup {createdMonth: m.month, source: source, outcome: outcome, closedMonth: closedMonth,
    deals: deals, amount: amount, days: days, dayCounts: dayCounts})
  CREATE (r)-[:OF_MONTH]->(m)
}
RETURN count(m) AS months
