// One page of the rows behind a figure whose rows are not plain deals (evidence.graphqls, measures
// PARTNER_REVENUE, PARTNER_EARNINGS, REFERRAL_CREDIT,
// PARTNER_REGISTRATION, FIRST_DEAL, PARTNER_OUTCOME, PARTNER_CO_SOLD): one row per deal and the entity it credits, with
// what it adds to the figure, in the requested order after the cursor. Each branch repeats the
// statement of the analysis behind the figure (named in it): keep them in step. Only the branch of
// $measure produces rows. Same rows as evidence/credits-totals.
WITH $asOf AS asOf
CALL (asOf) {
  // PARTNER_REVENUE: analytics/partner-outcomes' revenue (basis WON) or trailingRevenue (TRAILING_YEAR)
  MATCH (p:Partner)-[:SOURCED|CO_SOLD]->(d:Deal {outcome: 'won'})
  WHERE $measure = 'PARTNER_REVENUE'
    AND ($creditedPartners IS NULL OR p.id IN $creditedPartners)
    AND p.status IN ['active', 'churned'] AND (p.signedOn IS NULL OR p.signedOn <= asOf)
    AND ($types IS NULL OR p.type IN $types) AND ($regions IS NULL OR p.region IN $regions) AND ($tiers IS NULL OR p.tier IN $tiers)
    AND d.closedOn <= asOf
    AND CASE WHEN $basis = 'TRAILING_YEAR' THEN d.closedOn > asOf - duration({months: 12}) ELSE $from IS NULL OR d.closedOn >= $from END
  RETURN d, p AS via, null AS hops, coalesce(toFloat(d.amount), 0.0) AS value, null AS hours
  UNION ALL
  // PARTNER_EARNINGS: analytics/partner-outcomes' earnings and hours (deal rows created in the period)
  MATCH (p:Partner)-[r:SOURCED|INFLUENCED|CO_SOLD]->(d:Deal)
  WHERE $measure = 'PARTNER_EARNINGS'
    AND ($creditedPartners IS NULL OR p.id IN $creditedPartners)
    AND p.status IN ['active', 'churned'] AND (p.signedOn IS NULL OR p.signedOn <= asOf)
    AND ($types IS NULL OR p.type IN $types) AND ($regions IS NULL OR p.region IN $regions) AND ($tiers IS NULL OR p.tier IN $tiers)
    AND d.createdOn <= asOf AND ($from IS NULL OR d.createdOn >= $from)
  RETURN d, p AS via, null AS hops, coalesce(toFloat(r.partnerEarnings), 0.0) AS value, coalesce(toFloat(r.partnerHours), 0.0) AS hours
  UNION ALL
  // REFERRAL_CREDIT: analytics/referral-reach for one referrer, deal by deal
  MATCH (s:Partner {id: $referrer})
  WHERE $measure = 'REFERRAL_CREDIT'
  MATCH path = (s)-[:REFERRED*1..10]->(x)
  WHERE length(path) <= $maxHops AND x <> s
    AND all(r IN relationships(path) WHERE r.referredOn IS NULL OR r.referredOn <= asOf)
  WITH asOf, x, min(length(path)) AS hops
  CALL (x, asOf) {
    MATCH (x)-[:SOURCED|CO_SOLD]->(d:Deal {outcome: 'won'})
    WHERE x:Partner AND d.closedOn <= asOf AND ($from IS NULL OR d.closedOn >= $from)
    RETURN d
    UNION ALL
    MATCH (d:Deal {outcome: 'won'})-[:FOR]->(x)
    WHERE x:Customer AND d.closedOn <= asOf AND ($from IS NULL OR d.closedOn >= $from)
    RETURN d
  }
  RETURN d, x AS via, hops, coalesce(toFloat(d.amount), 0.0) * ($decay ^ (hops - 1)) AS value, null AS hours
  UNION ALL
  // PARTNER_OUTCOME: analytics/partner-outcomes' wonDeals and lostDeals (deals it SOURCED or CO_SOLD closed in the period),
  // 1 for a won deal, else 0 (a driver group's closedDeals and winRate)
  MATCH (p:Partner)-[:SOURCED|CO_SOLD]->(d:Deal)
  WHERE $measure = 'PARTNER_OUTCOME'
    AND ($creditedPartners IS NULL OR p.id IN $creditedPartners)
    AND p.status IN ['active', 'churned'] AND (p.signedOn IS NULL OR p.signedOn <= asOf)
    AND ($types IS NULL OR p.type IN $types) AND ($regions IS NULL OR p.region IN $regions) AND ($tiers IS NULL OR p.tier IN $tiers)
    AND d.outcome IN ['won', 'lost'] AND d.closedOn <= asOf AND ($from IS NULL OR d.closedOn >= $from)
  RETURN d, p AS via, null AS hops, CASE WHEN d.outcome = 'won' THEN 1.0 ELSE 0.0 END AS value, null AS hours
  UNION ALL
  // PARTNER_CO_SOLD: analytics/partner-outcomes' coSoldRows (deals it CO_SOLD created in the period), 1 each
  MATCH (p:Partner)-[:CO_SOLD]->(d:Deal)
  WHERE $measure = 'PARTNER_CO_SOLD'
    AND ($creditedPartners IS NULL OR p.id IN $creditedPartners)
    AND p.status IN ['active', 'churned'] AND (p.signedOn IS NULL OR p.signedOn <= asOf)
    AND ($types IS NULL OR p.type IN $types) AND ($regions IS NULL OR p.region IN $regions) AND ($tiers IS NULL OR p.tier IN $tiers)
    AND d.createdOn <= asOf AND ($from IS NULL OR d.createdOn >= $from)
  RETURN d, p AS via, null AS hops, 1.0 AS value, null AS hours
  UNION ALL
  // PARTNER_REGISTRATION: analytics/kpi-partners' registration rate (partner deal rows created in the period,
  // 1 for a row registered at any stage other than unregistered, else 0)
  MATCH (p:Partner)-[r:SOURCED|INFLUENCED|CO_SOLD]->(d:Deal)
  WHERE $measure = 'PARTNER_REGISTRATION'
    AND ($creditedPartners IS NULL OR p.id IN $creditedPartners)
    AND p.status IN ['active', 'churned'] AND p.signedOn <= asOf
    AND ($types IS NULL OR p.type IN $types) AND ($regions IS NULL OR p.region IN $regions) AND ($tiers IS NULL OR p.tier IN $tiers)
    AND d.createdOn <= asOf AND ($from IS NULL OR d.createdOn >= $from)
  RETURN d, p AS via, null AS hops,
    CASE WHEN r.registrationStage IS NOT NULL AND r.registrationStage <> 'unregistered' THEN 1.0 ELSE 0.0 END AS value, null AS hours
  UNION ALL
  // FIRST_DEAL: analytics/kpi-partners' days to first deal: each partner signed inside the deal history and
  // its first deal (any role, any date up to the as-of date: the period does not narrow it), the days between
  MATCH (p:Partner)
  WHERE $measure = 'FIRST_DEAL'
    AND ($creditedPartners IS NULL OR p.id IN $creditedPartners)
    AND p.status IN ['active', 'churned'] AND p.signedOn <= asOf
    // signed inside the deal history: on or after the first deal's creation
    AND EXISTS { MATCH (older:Deal) WHERE older.createdOn <= p.signedOn }
    AND ($types IS NULL OR p.type IN $types) AND ($regions IS NULL OR p.region IN $regions) AND ($tiers IS NULL OR p.tier IN $tiers)
  // the first deal by a reduce over the partner's deals, not ORDER BY ... LIMIT 1 in a subquery: Neo4j 2026.01's planner
  // refuses that form here ('insertCachedProperties ... should not appear non-cached') on some data
  WITH p, [(p)-[:SOURCED|INFLUENCED|CO_SOLD]->(x:Deal) WHERE x.createdOn <= asOf | x] AS deals
  WITH p, reduce(best = null, x IN deals | CASE WHEN best IS NULL OR x.createdOn < best.createdOn
    OR (x.createdOn = best.createdOn AND x.id < best.id) THEN x ELSE best END) AS d
  WHERE d IS NOT NULL
  RETURN d, p AS via, null AS hops, toFloat(duration.inDays(p.signedOn, d.createdOn).days) AS value, null AS hours
}
WITH asOf, d, via, hops, value, hours
WHERE ($sources IS NULL OR d.source IN $sources)
  AND ($customerIds IS NULL OR EXISTS { (d)-[:FOR]->(c:Customer) WHERE c.id IN $customerIds })
  AND ($allPartners IS NULL OR all(pid IN $allPartners WHERE EXISTS { (:Partner {id: pid})-[:SOURCED|INFLUENCED|CO_SOLD]->(d) }))
WITH d, via, hops, value, hours, d.id + '|' + via.id AS rowKey, CASE $orderField
  WHEN 'AMOUNT' THEN coalesce(toFloat(d.amount), -1.0)
  WHEN 'VALUE' THEN value
  WHEN 'CREATED_ON' THEN coalesce(toString(d.createdOn), '')
  WHEN 'CLOSED_ON' THEN coalesce(toString(d.closedOn), '')
  ELSE d.id
END AS sortValue
WHERE $afterId IS NULL
  OR (NOT $descending AND (sortValue > $afterValue OR (sortValue = $afterValue AND rowKey > $afterId)))
  OR ($descending AND (sortValue < $afterValue OR (sortValue = $afterValue AND rowKey > $afterId)))
RETURN d, sortValue, rowKey, value, via, CASE WHEN via:Customer THEN 'CUSTOMER' ELSE 'PARTNER' END AS viaKind, hops, hours
ORDER BY CASE WHEN $descending THEN null ELSE sortValue END ASC, CASE WHEN $descending THEN sortValue END DESC, rowKey ASC
LIMIT $limit
