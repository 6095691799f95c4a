// kpi-by-source.cypher read from the deal rollups (rollup/refresh-deal-months.cypher) when no
// partner filter is set; same figures. A rollup row covers the deals of one source, outcome,
// created month and closed month: when neither month is the as-of month or the from month, every
// predicate is decided by the months alone. Deals created or closed in those two boundary months
// are read one by one. The median comes from the merged day histograms (wonDays[i] occurs
// wonDayCounts[i] times), computed by the caller.
WITH $asOf AS asOf
WITH asOf, date.truncate('month', asOf) AS asOfMonth,
  CASE WHEN $from IS NULL THEN null ELSE date.truncate('month', $from) END AS fromMonth
CALL (asOf, asOfMonth, fromMonth) {
  MATCH (r:DealRollup)
  WHERE r.createdMonth < asOfMonth AND (fromMonth IS NULL OR r.createdMonth <> fromMonth)
    AND (r.closedMonth IS NULL OR (r.closedMonth <> asOfMonth AND (fromMonth IS NULL OR r.closedMonth <> fromMonth)))
  RETURN r.source AS source, r.outcome AS outcome, r.deals AS deals, r.amount AS amount,
    fromMonth IS NULL OR r.createdMonth > fromMonth AS createdIn,
    r.closedMonth IS NOT NULL AND r.closedMonth < asOfMonth AND (fromMonth IS NULL OR r.closedMonth > fromMonth) AS closedIn,
    r.closedMonth IS NULL OR r.closedMonth > asOfMonth AS openAsOf,
    r.days AS days, r.dayCounts AS dayCounts
  UNION ALL
  WITH asOf, [m IN [asOfMonth, fromMonth] WHERE m IS NOT NULL] AS months
  CALL (months) {
    UNWIND months AS m
    MATCH (d:Deal)
    USING INDEX d:Deal(createdOn)
    WHERE d.createdOn >= m AND d.createdOn < m + duration({months: 1})
    RETURN d
    UNION
    UNWIND months AS m
    MATCH (d:Deal)
    USING INDEX d:Deal(closedOn)
    WHERE d.closedOn >= m AND d.closedOn < m + duration({months: 1})
    RETURN d
  }
  WITH asOf, d
  WHERE d.createdOn <= asOf
  RETURN d.source AS source, d.outcome AS outcome, 1 AS deals, d.amount AS amount,
    $from IS NULL OR d.createdOn >= $from AS createdIn,
    d.closedOn IS NOT NULL AND d.closedOn <= asOf AND ($from IS NULL OR d.closedOn >= $from) AS closedIn,
    d.closedOn IS NULL OR d.closedOn > asOf AS openAsOf,
    CASE WHEN d.closedOn IS NULL THEN [] ELSE [duration.inDays(d.createdOn, d.closedOn).days] END AS days,
    CASE WHEN d.closedOn IS NULL THEN [] ELSE [1] END AS dayCounts
}
RETURN source,
  sum(CASE WHEN createdIn THEN deals ELSE 0 END) AS pipelineDeals,
  sum(CASE WHEN createdIn THEN coalesce(amount, 0.0) ELSE 0.0 END) AS pipelineAmount,
  sum(CASE WHEN createdIn AND (openAsOf OR outcome = 'open') THEN deals ELSE 0 END) AS openDeals,
  sum(CASE WHEN createdIn AND (openAsOf OR outcome = 'open') THEN coalesce(amount, 0.0) ELSE 0.0 END) AS openAmount,
  sum(CASE WHEN closedIn AND outcome = 'won' THEN deals ELSE 0 END) AS won,
  sum(CASE WHEN closedIn AND outcome = 'lost' THEN deals ELSE 0 END) AS lost,
  sum(CASE WHEN closedIn AND outcome = 'won' THEN coalesce(amount, 0.0) ELSE 0.0 END) AS wonAmount,
  collect(CASE WHEN closedIn AND outcome = 'won' THEN days END) AS wonDays,
  collect(CASE WHEN closedIn AND outcome = 'won' THEN dayCounts END) AS wonDayCounts
ORDER BY source
