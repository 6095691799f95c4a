// Partner against direct deals like for like: the deals closed (won or lost) in [$from, as-of] per
// source and the customer's segment x industry x region (unknown where the customer or the property
// is missing), with the counts and the sums the stratified ratios need: won and lost deals, the won
// amounts' sum and sum of squares, and the same for ln(1 + days from creation to close) of won deals.
// With partner filters, partner deals count only when a matching partner is on them (as kpi-by-source).
// Reads every closed deal of the period once: ecosystemKpis runs it only when likeForLike is asked for.
WITH $asOf AS asOf
MATCH (d:Deal)
WHERE d.outcome IN ['won', 'lost'] AND d.closedOn <= asOf AND ($from IS NULL OR d.closedOn >= $from)
  AND (NOT $partnerFiltered OR d.source = 'direct'
       OR EXISTS { MATCH (p:Partner)-[:SOURCED|INFLUENCED|CO_SOLD]->(d)
                   WHERE ($types IS NULL OR p.type IN $types) AND ($regions IS NULL OR p.region IN $regions)
                     AND ($tiers IS NULL OR p.tier IN $tiers) })
OPTIONAL MATCH (d)-[:FOR]->(c:Customer)
WITH d, coalesce(c.segment, 'unknown') AS segment, coalesce(c.industry, 'unknown') AS industry,
  coalesce(c.region, 'unknown') AS region, d.outcome = 'won' AS won
WITH d, segment, industry, region, won,
  CASE WHEN won THEN d.amount END AS amount,
  CASE WHEN won AND d.createdOn IS NOT NULL THEN log(1 + duration.inDays(d.createdOn, d.closedOn).days) END AS logDays
RETURN d.source AS source, segment, industry, region,
  count(CASE WHEN won THEN 1 END) AS won, count(CASE WHEN NOT won THEN 1 END) AS lost,
  count(amount) AS amounts, coalesce(sum(amount), 0.0) AS amountSum, coalesce(sum(amount * amount), 0.0) AS amountSquares,
  count(logDays) AS cycles, coalesce(sum(logDays), 0.0) AS logDaysSum, coalesce(sum(logDays * logDays), 0.0) AS logDaysSquares
ORDER BY source, segment, industry, region
