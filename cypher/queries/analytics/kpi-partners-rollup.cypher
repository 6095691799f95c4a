// kpi-partners.cypher's figures read from the partner rollups (rollup/partner-days.cypher): the
// deal rows and registrations of the period from the created axis, the first deal from the
// rollup's first deal date. How a window is read from a rollup: partner-windows.cypher.
// a = the as-of date and f = the day before the period's first (null: the whole history), as days
// since 1970-01-01.
WITH $asOf AS asOf
WITH asOf, duration.inDays(date('1970-01-01'), asOf).days AS a,
  CASE WHEN $from IS NOT NULL THEN duration.inDays(date('1970-01-01'), $from).days - 1 END AS f,
  COLLECT { MATCH (d:Deal) WHERE d.createdOn IS NOT NULL RETURN d.createdOn ORDER BY d.createdOn LIMIT 1 }[0] AS historyStart
MATCH (p:Partner)
WHERE p.status IN ['active', 'churned'] AND p.signedOn <= asOf
  AND ($types IS NULL OR p.type IN $types) AND ($regions IS NULL OR p.region IN $regions)
  AND ($tiers IS NULL OR p.tier IN $tiers)
OPTIONAL MATCH (r:PartnerRollup {partnerId: p.id})
WITH asOf, a, f, historyStart, p, r, r.createdFirstDay AS first, r.createdLastDay AS last
// where each bound falls: 0 (nothing through it), -1 (the total), null (inside the active span)
WITH asOf, a, f, historyStart, p, r,
  CASE WHEN last IS NULL OR a < first THEN 0 WHEN a >= last THEN -1 END AS ra,
  CASE WHEN f IS NULL OR last IS NULL OR f < first THEN 0 WHEN f >= last THEN -1 END AS rf
WITH asOf, a, f, historyStart, p, r, ra, rf, CASE WHEN ra IS NULL OR rf IS NULL THEN r.createdDays END AS days
WITH asOf, historyStart, p, r,
  coalesce(ra, size([d IN days WHERE d <= a])) AS ra, coalesce(rf, size([d IN days WHERE d <= f])) AS rf
WITH asOf, historyStart, p, r, ra, rf,
  CASE WHEN ra > 0 OR rf > 0 THEN r.rows END AS rows, CASE WHEN ra > 0 OR rf > 0 THEN r.registered END AS registered,
  CASE WHEN ra = -1 OR rf = -1 THEN r.rowsTotal END AS rowsTotal,
  CASE WHEN ra = -1 OR rf = -1 THEN r.registeredTotal END AS registeredTotal
WITH asOf, historyStart, p, CASE WHEN r.firstDealOn <= asOf THEN r.firstDealOn END AS firstDeal,
  CASE ra WHEN 0 THEN 0 WHEN -1 THEN rowsTotal ELSE rows[ra - 1] END
    - CASE rf WHEN 0 THEN 0 WHEN -1 THEN rowsTotal ELSE rows[rf - 1] END AS dealRows,
  CASE ra WHEN 0 THEN 0 WHEN -1 THEN registeredTotal ELSE registered[ra - 1] END
    - CASE rf WHEN 0 THEN 0 WHEN -1 THEN registeredTotal ELSE registered[rf - 1] END AS registeredRows
RETURN count(CASE WHEN p.status = 'active' THEN 1 END) AS activePartners,
  sum(dealRows) AS partnerDealRows,
  sum(registeredRows) AS registeredRows,
  [x IN collect(CASE WHEN historyStart IS NOT NULL AND p.signedOn >= historyStart AND firstDeal IS NOT NULL
                     THEN duration.inDays(p.signedOn, firstDeal).days END) WHERE x IS NOT NULL] AS daysToFirstDeal,
  count(CASE WHEN historyStart IS NOT NULL AND p.signedOn >= historyStart AND firstDeal IS NULL THEN 1 END) AS signedWithoutDeal
