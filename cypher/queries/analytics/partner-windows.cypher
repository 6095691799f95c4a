// partner-outcomes.cypher and the per-partner part of kpi-partners.cypher read from the partner
// rollups (rollup/partner-months.cypher); same figures. $outcomes false: only what the KPIs need;
// true: no registrations or first deals (0 and null).
// One row per signed partner (active or churned) matching the filters. A rollup holds, per axis
// (closed, created, spent) and month with activity there (year * 12 + month - 1, ascending),
// cumulative sums: the whole months of a window [lo, hi] are the cumulative sum through the month
// before hi's minus the one through lo's month. The boundary months (the as-of month, the from
// month and the first month of the trailing year) are read from the deals and investments
// themselves, with the exact dates (index hints keep the range seeks when the index statistics are
// stale, as right after an import).
OPTIONAL MATCH (e:Ecosystem {key: 'default'})
WITH coalesce($asOf, e.snapshotDate, date()) AS asOf
WITH asOf, asOf - duration({months: 12}) + duration({days: 1}) AS trailFrom
WITH asOf, trailFrom, asOf.year * 12 + asOf.month - 1 AS a,
  CASE WHEN $from IS NULL THEN null ELSE $from.year * 12 + $from.month - 1 END AS f,
  trailFrom.year * 12 + trailFrom.month - 1 AS t
CALL (asOf, trailFrom, a, f, t) {
  MATCH (p:Partner)
  WHERE p.status IN ['active', 'churned']
  OPTIONAL MATCH (r:PartnerRollup {partnerId: p.id})
  // reading the arrays is most of this query's cost, so each is read once and only when needed:
  // without $outcomes (the KPIs) only the created axis and the registrations; with them (returns,
  // tiers, economics) everything but the registrations and the first deal
  WITH p, r, coalesce(r.createdMonths, []) AS createdMonths,
    CASE WHEN $outcomes THEN coalesce(r.closedMonths, []) ELSE [] END AS closedMonths,
    CASE WHEN $outcomes THEN coalesce(r.spentMonths, []) ELSE [] END AS spentMonths
  // per axis, how many of the partner's months lie below each bound (c: closed, r: created, s: spent)
  WITH p, r,
    size([m IN closedMonths WHERE m < a]) AS ca, size([m IN closedMonths WHERE m <= coalesce(f, -1)]) AS cf,
    size([m IN closedMonths WHERE m <= t]) AS ct,
    size([m IN createdMonths WHERE m < a]) AS ra, size([m IN createdMonths WHERE m <= coalesce(f, -1)]) AS rf,
    size([m IN spentMonths WHERE m < a]) AS sa, size([m IN spentMonths WHERE m <= coalesce(f, -1)]) AS sf
  WITH p, r, ca, cf, ct, ra, rf, sa, sf, r.rows AS rows, CASE WHEN NOT $outcomes THEN r.registered END AS registered,
    CASE WHEN $outcomes THEN r.driven END AS driven, CASE WHEN $outcomes THEN r.influenced END AS influenced,
    CASE WHEN $outcomes THEN r.earnings END AS earnings, CASE WHEN $outcomes THEN r.hours END AS hours,
    CASE WHEN $outcomes THEN r.mdf END AS mdf, CASE WHEN $outcomes THEN r.enablement END AS enablement,
    CASE WHEN $outcomes THEN r.coMarketing END AS coMarketing, CASE WHEN $outcomes THEN r.support END AS support
  RETURN p,
    CASE WHEN ca > cf THEN driven[ca - 1] - CASE WHEN cf = 0 THEN 0.0 ELSE driven[cf - 1] END END AS revenue,
    CASE WHEN ca > cf THEN influenced[ca - 1] - CASE WHEN cf = 0 THEN 0.0 ELSE influenced[cf - 1] END END AS influenced,
    CASE WHEN ca > ct THEN driven[ca - 1] - CASE WHEN ct = 0 THEN 0.0 ELSE driven[ct - 1] END END AS trailingRevenue,
    CASE WHEN ra > rf THEN rows[ra - 1] - CASE WHEN rf = 0 THEN 0 ELSE rows[rf - 1] END END AS dealRows,
    CASE WHEN ra > rf THEN registered[ra - 1] - CASE WHEN rf = 0 THEN 0 ELSE registered[rf - 1] END END AS registeredRows,
    CASE WHEN ra > rf THEN earnings[ra - 1] - CASE WHEN rf = 0 THEN 0.0 ELSE earnings[rf - 1] END END AS earnings,
    CASE WHEN ra > rf THEN hours[ra - 1] - CASE WHEN rf = 0 THEN 0.0 ELSE hours[rf - 1] END END AS hours,
    CASE WHEN sa > sf THEN mdf[sa - 1] - CASE WHEN sf = 0 THEN 0.0 ELSE mdf[sf - 1] END END AS mdf,
    CASE WHEN sa > sf THEN enablement[sa - 1] - CASE WHEN sf = 0 THEN 0.0 ELSE enablement[sf - 1] END END AS enablement,
    CASE WHEN sa > sf THEN coMarketing[sa - 1] - CASE WHEN sf = 0 THEN 0.0 ELSE coMarketing[sf - 1] END END AS coMarketing,
    CASE WHEN sa > sf THEN support[sa - 1] - CASE WHEN sf = 0 THEN 0.0 ELSE support[sf - 1] END END AS support,
    CASE WHEN NOT $outcomes AND r.firstDealOn <= asOf THEN r.firstDealOn END AS firstDeal
  UNION ALL
  // won deals closed in a boundary month of the period or of the trailing year
  UNWIND [m IN [a, f, t] WHERE m IS NOT NULL AND $outcomes | date({year: m / 12, month: m % 12 + 1, day: 1})] AS start
  WITH DISTINCT asOf, trailFrom, a, f, t, start
  MATCH (d:Deal)
  USING INDEX d:Deal(closedOn)
  WHERE d.closedOn >= start AND d.closedOn < start + duration({months: 1}) AND d.outcome = 'won'
  MATCH (p:Partner)-[x:SOURCED|INFLUENCED|CO_SOLD]->(d)
  WITH asOf, trailFrom, a, f, t, p, x, d, d.closedOn.year * 12 + d.closedOn.month - 1 AS m,
    d.closedOn <= asOf AND ($from IS NULL OR d.closedOn >= $from) AS inPeriod
  RETURN p,
    CASE WHEN type(x) <> 'INFLUENCED' AND (m = a OR m = f) AND inPeriod THEN d.amount ELSE 0.0 END AS revenue,
    CASE WHEN type(x) = 'INFLUENCED' AND (m = a OR m = f) AND inPeriod THEN d.amount ELSE 0.0 END AS influenced,
    CASE WHEN type(x) <> 'INFLUENCED' AND (m = a OR m = t) AND d.closedOn <= asOf AND d.closedOn >= trailFrom
         THEN d.amount ELSE 0.0 END AS trailingRevenue,
    0 AS dealRows, 0 AS registeredRows, 0.0 AS earnings, 0.0 AS hours,
    0.0 AS mdf, 0.0 AS enablement, 0.0 AS coMarketing, 0.0 AS support, null AS firstDeal
  UNION ALL
  // deals created in a boundary month of the period
  UNWIND [m IN [a, f] WHERE m IS NOT NULL | date({year: m / 12, month: m % 12 + 1, day: 1})] AS start
  WITH DISTINCT asOf, start
  MATCH (d:Deal)
  USING INDEX d:Deal(createdOn)
  WHERE d.createdOn >= start AND d.createdOn < start + duration({months: 1})
    AND d.createdOn <= asOf AND ($from IS NULL OR d.createdOn >= $from)
  MATCH (p:Partner)-[x:SOURCED|INFLUENCED|CO_SOLD]->(d)
  RETURN p, 0.0 AS revenue, 0.0 AS influenced, 0.0 AS trailingRevenue, 1 AS dealRows,
    CASE WHEN NOT $outcomes AND x.registrationStage IS NOT NULL AND x.registrationStage <> 'unregistered' THEN 1 ELSE 0 END AS registeredRows,
    coalesce(x.partnerEarnings, 0.0) AS earnings, coalesce(x.partnerHours, 0.0) AS hours,
    0.0 AS mdf, 0.0 AS enablement, 0.0 AS coMarketing, 0.0 AS support, null AS firstDeal
  UNION ALL
  // investments spent in a boundary month of the period
  UNWIND [m IN [a, f] WHERE m IS NOT NULL AND $outcomes | date({year: m / 12, month: m % 12 + 1, day: 1})] AS start
  WITH DISTINCT asOf, start
  MATCH (v:Investment)
  USING INDEX v:Investment(spentOn)
  WHERE v.spentOn >= start AND v.spentOn < start + duration({months: 1})
    AND v.spentOn <= asOf AND ($from IS NULL OR v.spentOn >= $from)
  MATCH (v)-[:IN]->(p:Partner)
  RETURN p, 0.0 AS revenue, 0.0 AS influenced, 0.0 AS trailingRevenue, 0 AS dealRows, 0 AS registeredRows,
    0.0 AS earnings, 0.0 AS hours,
    CASE WHEN v.kind = 'mdf' THEN v.amount ELSE 0.0 END AS mdf,
    CASE WHEN v.kind = 'enablement' THEN v.amount ELSE 0.0 END AS enablement,
    CASE WHEN v.kind = 'co_marketing' THEN v.amount ELSE 0.0 END AS coMarketing,
    CASE WHEN v.kind = 'support' THEN v.amount ELSE 0.0 END AS support, null AS firstDeal
}
// sums ignore the nulls of measures not read (and give 0.0 or 0 for them)
WITH asOf, p, sum(revenue) AS revenue, sum(influenced) AS influenced, sum(trailingRevenue) AS trailingRevenue,
  sum(dealRows) AS dealRows, sum(registeredRows) AS registeredRows, sum(earnings) AS earnings, sum(hours) AS hours,
  sum(mdf) AS mdf, sum(enablement) AS enablement, sum(coMarketing) AS coMarketing, sum(support) AS support,
  min(firstDeal) AS firstDeal
WHERE p.status IN ['active', 'churned'] AND (p.signedOn IS NULL OR p.signedOn <= asOf)
  AND ($types IS NULL OR p.type IN $types) AND ($regions IS NULL OR p.region IN $regions)
  AND ($tiers IS NULL OR p.tier IN $tiers)
// the KPIs need neither the partners' names nor their attributes: not read, not sent
RETURN p.id AS id, CASE WHEN $outcomes THEN p.name END AS name, CASE WHEN $outcomes THEN p.type END AS type,
  CASE WHEN $outcomes THEN p.tier END AS tier, CASE WHEN $outcomes THEN p.region END AS region, p.status AS status,
  p.signedOn AS signedOn, CASE WHEN $outcomes THEN p.hourlyRate END AS hourlyRate, asOf,
  revenue, influenced, trailingRevenue, dealRows, registeredRows, earnings, hours, mdf, enablement, coMarketing, support,
  firstDeal
ORDER BY id
