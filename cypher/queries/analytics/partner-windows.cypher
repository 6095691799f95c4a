// partner-outcomes.cypher read from the partner rollups (rollup/partner-days.cypher): one row per
// signed partner (active or churned) matching the filters, or, with $ids, one per partner of those
// ids whatever its status and type (the referral credit reads the revenue of every partner a
// referral reached), with the same figures for the measures asked for. Each analysis asks only for
// what it uses, and a measure not asked for is neither read nor computed (0): $closed (revenue,
// influenced), $trailing (trailingRevenue), $rows (dealRows), $earnings (earnings, hours), $spent
// (investment by kind), $decided (wonDeals, lostDeals: deals SOURCED or CO_SOLD closed in the
// period), $coSold (coSoldRows: CO_SOLD rows of deals created in the period), $trailingSpent
// (trailingInvestment: all kinds spent in the trailing 12 months), $scores (ippProbability,
// ippModelVersion: the stored Ideal Partner Profile score, null when not asked for).
//
// A rollup holds, per axis (closed, created, decided, spent), the days with activity, per measure the
// cumulative sum through each of them, the first and last of those days and each measure's total.
// A window's sum is the cumulative sum through its last day minus the one through the day before
// its first. Through a day before the first with activity that is 0, through one on or after the
// last it is the total: only a bound inside a partner's active span needs the lists, so the whole
// history up to now (the default period) reads no list at all. A list costs far more to read than
// a number (Neo4j decodes stored number lists bit by bit), and so does each property lookup: each
// is read once, and only when needed.
//
// Bounds, as days since 1970-01-01 (as the rollups store them): a = the as-of date, f = the day
// before the period's first (null: the whole history), t = the day before the trailing year's first.
WITH $asOf AS asOf
WITH asOf, duration.inDays(date('1970-01-01'), asOf).days AS a,
  CASE WHEN $from IS NOT NULL THEN duration.inDays(date('1970-01-01'), $from).days - 1 END AS f,
  duration.inDays(date('1970-01-01'), asOf - duration({months: 12})).days AS t
CALL (asOf) {
  UNWIND coalesce($ids, []) AS id
  MATCH (p:Partner {id: id})
  RETURN p
  UNION
  MATCH (p:Partner)
  WHERE $ids IS NULL AND p.status IN ['active', 'churned'] AND (p.signedOn IS NULL OR p.signedOn <= asOf)
    AND ($types IS NULL OR p.type IN $types) AND ($regions IS NULL OR p.region IN $regions)
    AND ($tiers IS NULL OR p.tier IN $tiers)
  RETURN p
}
OPTIONAL MATCH (r:PartnerRollup {partnerId: p.id})
// each axis's active span, on the axes asked about (c: closed, r: created, d: decided, s: spent)
WITH asOf, a, f, t, p, r,
  CASE WHEN $closed OR $trailing THEN r.closedFirstDay END AS c0, CASE WHEN $closed OR $trailing THEN r.closedLastDay END AS c1,
  CASE WHEN $rows OR $earnings OR $coSold THEN r.createdFirstDay END AS r0,
  CASE WHEN $rows OR $earnings OR $coSold THEN r.createdLastDay END AS r1,
  CASE WHEN $decided THEN r.decidedFirstDay END AS d0, CASE WHEN $decided THEN r.decidedLastDay END AS d1,
  CASE WHEN $spent OR $trailingSpent THEN r.spentFirstDay END AS s0,
  CASE WHEN $spent OR $trailingSpent THEN r.spentLastDay END AS s1
// where each bound falls: 0 (nothing through it), -1 (the total) or null (inside the active span)
WITH asOf, a, f, t, p, r,
  CASE WHEN c1 IS NULL OR a < c0 THEN 0 WHEN a >= c1 THEN -1 END AS ca,
  CASE WHEN NOT $closed OR f IS NULL OR c1 IS NULL OR f < c0 THEN 0 WHEN f >= c1 THEN -1 END AS cf,
  CASE WHEN NOT $trailing OR c1 IS NULL OR t < c0 THEN 0 WHEN t >= c1 THEN -1 END AS ct,
  CASE WHEN r1 IS NULL OR a < r0 THEN 0 WHEN a >= r1 THEN -1 END AS ra,
  CASE WHEN f IS NULL OR r1 IS NULL OR f < r0 THEN 0 WHEN f >= r1 THEN -1 END AS rf,
  CASE WHEN d1 IS NULL OR a < d0 THEN 0 WHEN a >= d1 THEN -1 END AS da,
  CASE WHEN f IS NULL OR d1 IS NULL OR f < d0 THEN 0 WHEN f >= d1 THEN -1 END AS df,
  CASE WHEN s1 IS NULL OR a < s0 THEN 0 WHEN a >= s1 THEN -1 END AS sa,
  CASE WHEN NOT $spent OR f IS NULL OR s1 IS NULL OR f < s0 THEN 0 WHEN f >= s1 THEN -1 END AS sf,
  CASE WHEN NOT $trailingSpent OR s1 IS NULL OR t < s0 THEN 0 WHEN t >= s1 THEN -1 END AS st
// inside the span: the position of the bound among the active days (how many lie on or before it)
WITH asOf, a, f, t, p, r, ca, cf, ct, ra, rf, da, df, sa, sf, st,
  CASE WHEN ca IS NULL OR cf IS NULL OR ct IS NULL THEN r.closedDays END AS closedDays,
  CASE WHEN ra IS NULL OR rf IS NULL THEN r.createdDays END AS createdDays,
  CASE WHEN da IS NULL OR df IS NULL THEN r.decidedDays END AS decidedDays,
  CASE WHEN sa IS NULL OR sf IS NULL OR st IS NULL THEN r.spentDays END AS spentDays
WITH asOf, p, r,
  coalesce(ca, size([d IN closedDays WHERE d <= a])) AS ca, coalesce(cf, size([d IN closedDays WHERE d <= f])) AS cf,
  coalesce(ct, size([d IN closedDays WHERE d <= t])) AS ct,
  coalesce(ra, size([d IN createdDays WHERE d <= a])) AS ra, coalesce(rf, size([d IN createdDays WHERE d <= f])) AS rf,
  coalesce(da, size([d IN decidedDays WHERE d <= a])) AS da, coalesce(df, size([d IN decidedDays WHERE d <= f])) AS df,
  coalesce(sa, size([d IN spentDays WHERE d <= a])) AS sa, coalesce(sf, size([d IN spentDays WHERE d <= f])) AS sf,
  coalesce(st, size([d IN spentDays WHERE d <= t])) AS st
// the cumulative lists and totals the positions point into
WITH asOf, p, ca, cf, ct, ra, rf, da, df, sa, sf, st,
  ca > 0 OR cf > 0 OR ct > 0 AS closedLists, ca = -1 OR cf = -1 OR ct = -1 AS closedTotals,
  ra > 0 OR rf > 0 AS createdLists, ra = -1 OR rf = -1 AS createdTotals,
  da > 0 OR df > 0 AS decidedLists, da = -1 OR df = -1 AS decidedTotals,
  sa > 0 OR sf > 0 OR st > 0 AS spentLists, sa = -1 OR sf = -1 OR st = -1 AS spentTotals, r
WITH asOf, p, ca, cf, ct, ra, rf, da, df, sa, sf, st,
  CASE WHEN closedLists THEN r.driven END AS driven, CASE WHEN closedTotals THEN r.drivenTotal END AS drivenTotal,
  CASE WHEN closedLists AND $closed THEN r.influenced END AS influenced,
  CASE WHEN closedTotals AND $closed THEN r.influencedTotal END AS influencedTotal,
  CASE WHEN createdLists AND $rows THEN r.rows END AS rows, CASE WHEN createdTotals AND $rows THEN r.rowsTotal END AS rowsTotal,
  CASE WHEN createdLists AND $earnings THEN r.earnings END AS earnings,
  CASE WHEN createdTotals AND $earnings THEN r.earningsTotal END AS earningsTotal,
  CASE WHEN createdLists AND $earnings THEN r.hours END AS hours,
  CASE WHEN createdTotals AND $earnings THEN r.hoursTotal END AS hoursTotal,
  CASE WHEN createdLists AND $coSold THEN r.coSold END AS coSold,
  CASE WHEN createdTotals AND $coSold THEN r.coSoldTotal END AS coSoldTotal,
  CASE WHEN decidedLists THEN r.drivenWon END AS drivenWon, CASE WHEN decidedTotals THEN r.drivenWonTotal END AS drivenWonTotal,
  CASE WHEN decidedLists THEN r.drivenLost END AS drivenLost, CASE WHEN decidedTotals THEN r.drivenLostTotal END AS drivenLostTotal,
  CASE WHEN spentLists THEN r.mdf END AS mdf, CASE WHEN spentTotals THEN r.mdfTotal END AS mdfTotal,
  CASE WHEN spentLists THEN r.enablement END AS enablement, CASE WHEN spentTotals THEN r.enablementTotal END AS enablementTotal,
  CASE WHEN spentLists THEN r.coMarketing END AS coMarketing, CASE WHEN spentTotals THEN r.coMarketingTotal END AS coMarketingTotal,
  CASE WHEN spentLists THEN r.support END AS support, CASE WHEN spentTotals THEN r.supportTotal END AS supportTotal
// a window's sum: the cumulative sum through the upper position minus the one through the lower
RETURN p.id AS id, p.name AS name, p.type AS type, p.tier AS tier, p.region AS region, p.status AS status,
  p.signedOn AS signedOn, p.hourlyRate AS hourlyRate, asOf,
  CASE WHEN $scores THEN p.ippProbability END AS ippProbability, CASE WHEN $scores THEN p.ippModelVersion END AS ippModelVersion,
  CASE WHEN $closed THEN CASE ca WHEN 0 THEN 0.0 WHEN -1 THEN drivenTotal ELSE driven[ca - 1] END
    - CASE cf WHEN 0 THEN 0.0 WHEN -1 THEN drivenTotal ELSE driven[cf - 1] END ELSE 0.0 END AS revenue,
  CASE WHEN $closed THEN CASE ca WHEN 0 THEN 0.0 WHEN -1 THEN influencedTotal ELSE influenced[ca - 1] END
    - CASE cf WHEN 0 THEN 0.0 WHEN -1 THEN influencedTotal ELSE influenced[cf - 1] END ELSE 0.0 END AS influenced,
  CASE WHEN $trailing THEN CASE ca WHEN 0 THEN 0.0 WHEN -1 THEN drivenTotal ELSE driven[ca - 1] END
    - CASE ct WHEN 0 THEN 0.0 WHEN -1 THEN drivenTotal ELSE driven[ct - 1] END ELSE 0.0 END AS trailingRevenue,
  CASE WHEN $rows THEN CASE ra WHEN 0 THEN 0 WHEN -1 THEN rowsTotal ELSE rows[ra - 1] END
    - CASE rf WHEN 0 THEN 0 WHEN -1 THEN rowsTotal ELSE rows[rf - 1] END ELSE 0 END AS dealRows,
  CASE WHEN $earnings THEN CASE ra WHEN 0 THEN 0.0 WHEN -1 THEN earningsTotal ELSE earnings[ra - 1] END
    - CASE rf WHEN 0 THEN 0.0 WHEN -1 THEN earningsTotal ELSE earnings[rf - 1] END ELSE 0.0 END AS earnings,
  CASE WHEN $earnings THEN CASE ra WHEN 0 THEN 0.0 WHEN -1 THEN hoursTotal ELSE hours[ra - 1] END
    - CASE rf WHEN 0 THEN 0.0 WHEN -1 THEN hoursTotal ELSE hours[rf - 1] END ELSE 0.0 END AS hours,
  CASE WHEN $coSold THEN CASE ra WHEN 0 THEN 0 WHEN -1 THEN coSoldTotal ELSE coSold[ra - 1] END
    - CASE rf WHEN 0 THEN 0 WHEN -1 THEN coSoldTotal ELSE coSold[rf - 1] END ELSE 0 END AS coSoldRows,
  CASE da WHEN 0 THEN 0 WHEN -1 THEN drivenWonTotal ELSE drivenWon[da - 1] END
    - CASE df WHEN 0 THEN 0 WHEN -1 THEN drivenWonTotal ELSE drivenWon[df - 1] END AS wonDeals,
  CASE da WHEN 0 THEN 0 WHEN -1 THEN drivenLostTotal ELSE drivenLost[da - 1] END
    - CASE df WHEN 0 THEN 0 WHEN -1 THEN drivenLostTotal ELSE drivenLost[df - 1] END AS lostDeals,
  CASE WHEN $spent THEN CASE sa WHEN 0 THEN 0.0 WHEN -1 THEN mdfTotal ELSE mdf[sa - 1] END
    - CASE sf WHEN 0 THEN 0.0 WHEN -1 THEN mdfTotal ELSE mdf[sf - 1] END ELSE 0.0 END AS mdf,
  CASE WHEN $spent THEN CASE sa WHEN 0 THEN 0.0 WHEN -1 THEN enablementTotal ELSE enablement[sa - 1] END
    - CASE sf WHEN 0 THEN 0.0 WHEN -1 THEN enablementTotal ELSE enablement[sf - 1] END ELSE 0.0 END AS enablement,
  CASE WHEN $spent THEN CASE sa WHEN 0 THEN 0.0 WHEN -1 THEN coMarketingTotal ELSE coMarketing[sa - 1] END
    - CASE sf WHEN 0 THEN 0.0 WHEN -1 THEN coMarketingTotal ELSE coMarketing[sf - 1] END ELSE 0.0 END AS coMarketing,
  CASE WHEN $spent THEN CASE sa WHEN 0 THEN 0.0 WHEN -1 THEN supportTotal ELSE support[sa - 1] END
    - CASE sf WHEN 0 THEN 0.0 WHEN -1 THEN supportTotal ELSE support[sf - 1] END ELSE 0.0 END AS support,
  CASE WHEN $trailingSpent THEN
    CASE sa WHEN 0 THEN 0.0 WHEN -1 THEN mdfTotal + enablementTotal + coMarketingTotal + supportTotal
      ELSE mdf[sa - 1] + enablement[sa - 1] + coMarketing[sa - 1] + support[sa - 1] END
    - CASE st WHEN 0 THEN 0.0 WHEN -1 THEN mdfTotal + enablementTotal + coMarketingTotal + supportTotal
      ELSE mdf[st - 1] + enablement[st - 1] + coMarketing[st - 1] + support[st - 1] END ELSE 0.0 END AS trailingInvestment
ORDER BY id
