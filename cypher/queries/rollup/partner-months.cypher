// Takes up to $limit stale partner rollups (clearing their flag, which locks them: a write
// committed after this read marks them stale again) and returns each partner's monthly sums;
// months are numbered year * 12 + month - 1. Won deals count in their closed month (partner-driven
// = SOURCED or CO_SOLD, influenced = INFLUENCED); deal rows, registered rows, earnings and hours
// in their created month; investments by kind in their spent month. The caller turns the sums
// into cumulative sums (write-partner-rollups.cypher); entries are unordered.
MATCH (r:PartnerRollup)
WHERE r.stale = true
WITH r
LIMIT $limit
SET r.stale = false
WITH r
OPTIONAL MATCH (p:Partner {id: r.partnerId})
OPTIONAL CALL (p) {
  MATCH (p)-[x:SOURCED|INFLUENCED|CO_SOLD]->(d:Deal {outcome: 'won'})
  WHERE d.closedOn IS NOT NULL
  RETURN d.closedOn.year * 12 + d.closedOn.month - 1 AS month,
    CASE WHEN type(x) <> 'INFLUENCED' THEN d.amount ELSE 0.0 END AS driven,
    CASE WHEN type(x) = 'INFLUENCED' THEN d.amount ELSE 0.0 END AS influenced,
    0 AS rows, 0 AS registered, 0.0 AS earnings, 0.0 AS hours,
    0.0 AS mdf, 0.0 AS enablement, 0.0 AS coMarketing, 0.0 AS support, null AS createdOn
  UNION ALL
  MATCH (p)-[x:SOURCED|INFLUENCED|CO_SOLD]->(d:Deal)
  WHERE d.createdOn IS NOT NULL
  RETURN d.createdOn.year * 12 + d.createdOn.month - 1 AS month, 0.0 AS driven, 0.0 AS influenced,
    1 AS rows,
    CASE WHEN x.registrationStage IS NOT NULL AND x.registrationStage <> 'unregistered' THEN 1 ELSE 0 END AS registered,
    coalesce(x.partnerEarnings, 0.0) AS earnings, coalesce(x.partnerHours, 0.0) AS hours,
    0.0 AS mdf, 0.0 AS enablement, 0.0 AS coMarketing, 0.0 AS support, d.createdOn AS createdOn
  UNION ALL
  MATCH (v:Investment)-[:IN]->(p)
  WHERE v.spentOn IS NOT NULL
  RETURN v.spentOn.year * 12 + v.spentOn.month - 1 AS month, 0.0 AS driven, 0.0 AS influenced,
    0 AS rows, 0 AS registered, 0.0 AS earnings, 0.0 AS hours,
    CASE WHEN v.kind = 'mdf' THEN v.amount ELSE 0.0 END AS mdf,
    CASE WHEN v.kind = 'enablement' THEN v.amount ELSE 0.0 END AS enablement,
    CASE WHEN v.kind = 'co_marketing' THEN v.amount ELSE 0.0 END AS coMarketing,
    CASE WHEN v.kind = 'support' THEN v.amount ELSE 0.0 END AS support, null AS createdOn
}
WITH r, p, month, sum(driven) AS driven, sum(influenced) AS influenced, sum(rows) AS rows,
  sum(registered) AS registered, sum(earnings) AS earnings, sum(hours) AS hours, sum(mdf) AS mdf,
  sum(enablement) AS enablement, sum(coMarketing) AS coMarketing, sum(support) AS support, min(createdOn) AS firstDeal
RETURN r.partnerId AS partnerId, p IS NOT NULL AS exists, min(firstDeal) AS firstDeal,
  // [month, driven, influenced, rows, registered, earnings, hours, mdf, enablement, coMarketing, support]
  collect(CASE WHEN month IS NOT NULL THEN [month, driven, influenced, rows, registered, earnings, hours, mdf,
    enablement, coMarketing, support] END) AS entries
