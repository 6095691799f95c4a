// Attribution by deal source over the period [$from, as-of]: pipeline = deals created in the period
// (open = not closed by the as-of date); won/lost/revenue/cycle = deals closed in the period.
// With partner filters, partner deals count only when a matching partner is on them (direct deals always count).
WITH $asOf AS asOf
MATCH (d:Deal)
WHERE d.createdOn <= asOf
  AND ($from IS NULL OR d.createdOn >= $from OR d.closedOn >= $from)
  AND (NOT $partnerFiltered OR d.source = 'direct'
       OR EXISTS { MATCH (p:Partner)-[:SOURCED|INFLUENCED|CO_SOLD]->(d)
                   WHERE ($types IS NULL OR p.type IN $types) AND ($regions IS NULL OR p.region IN $regions)
                     AND ($tiers IS NULL OR p.tier IN $tiers) })
WITH d,
  ($from IS NULL OR d.createdOn >= $from) AS createdIn,
  (d.closedOn IS NOT NULL AND d.closedOn <= asOf AND ($from IS NULL OR d.closedOn >= $from)) AS closedIn,
  (d.closedOn IS NULL OR d.closedOn > asOf) AS openAsOf
RETURN d.source AS source,
  count(CASE WHEN createdIn THEN 1 END) AS pipelineDeals,
  coalesce(sum(CASE WHEN createdIn THEN d.amount END), 0.0) AS pipelineAmount,
  count(CASE WHEN createdIn AND (openAsOf OR d.outcome = 'open') THEN 1 END) AS openDeals,
  coalesce(sum(CASE WHEN createdIn AND (openAsOf OR d.outcome = 'open') THEN d.amount END), 0.0) AS openAmount,
  count(CASE WHEN closedIn AND d.outcome = 'won' THEN 1 END) AS won,
  count(CASE WHEN closedIn AND d.outcome = 'lost' THEN 1 END) AS lost,
  coalesce(sum(CASE WHEN closedIn AND d.outcome = 'won' THEN d.amount END), 0.0) AS wonAmount,
  percentileCont(CASE WHEN closedIn AND d.outcome = 'won' THEN duration.inDays(d.createdOn, d.closedOn).days END, 0.5) AS medianDaysToClose
ORDER BY source
