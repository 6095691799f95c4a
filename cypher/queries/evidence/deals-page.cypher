// One page of the deals behind an analytics figure (evidence.graphqls, measure DEAL_AMOUNT): the period
// and partner filter as analytics/kpi-by-source counts them, narrowed by the figure's selector, in the
// requested order after the cursor (see deal/page). Keep the WHERE in step with evidence/deals-totals.
// $dealIds (a channel conflict's deals, found by the analysis itself) replaces the partner filter: a
// conflict counts every deal in it once one of its registrations matches.
WITH $asOf AS asOf
MATCH (d:Deal)
WHERE d.createdOn <= asOf
  AND ($dealIds IS NULL OR d.id IN $dealIds)
  AND ($sources IS NULL OR d.source IN $sources)
  AND ($dealIds IS NOT NULL OR NOT $partnerFiltered OR d.source = 'direct'
       OR EXISTS { MATCH (p:Partner)-[:SOURCED|INFLUENCED|CO_SOLD]->(d)
                   WHERE ($types IS NULL OR p.type IN $types) AND ($regions IS NULL OR p.region IN $regions)
                     AND ($tiers IS NULL OR p.tier IN $tiers) })
  AND ($customerIds IS NULL OR EXISTS { (d)-[:FOR]->(c:Customer) WHERE c.id IN $customerIds })
  AND ($creditedPartners IS NULL OR EXISTS { (p:Partner)-[:SOURCED|CO_SOLD]->(d) WHERE p.id IN $creditedPartners })
  AND ($allPartners IS NULL OR all(pid IN $allPartners WHERE EXISTS { (:Partner {id: pid})-[:SOURCED|INFLUENCED|CO_SOLD]->(d) }))
WITH d, asOf,
  ($from IS NULL OR d.createdOn >= $from) AS createdIn,
  (d.closedOn IS NOT NULL AND d.closedOn <= asOf AND ($from IS NULL OR d.closedOn >= $from)) AS closedIn,
  (d.closedOn IS NOT NULL AND d.closedOn <= asOf AND d.closedOn > asOf - duration({months: 12})) AS closedInTrailingYear
WHERE CASE $basis
  WHEN 'CREATED' THEN createdIn
  WHEN 'WON' THEN closedIn AND d.outcome = 'won'
  WHEN 'TRAILING_YEAR' THEN closedInTrailingYear AND d.outcome = 'won'
  ELSE closedIn AND d.outcome IN ['won', 'lost']
END
WITH d, CASE $orderField
  WHEN 'AMOUNT' THEN coalesce(toFloat(d.amount), -1.0)
  WHEN 'VALUE' THEN coalesce(toFloat(d.amount), -1.0)
  WHEN 'CREATED_ON' THEN coalesce(toString(d.createdOn), '')
  WHEN 'CLOSED_ON' THEN coalesce(toString(d.closedOn), '')
  ELSE d.id
END AS sortValue
WHERE $afterId IS NULL
  OR (NOT $descending AND (sortValue > $afterValue OR (sortValue = $afterValue AND d.id > $afterId)))
  OR ($descending AND (sortValue < $afterValue OR (sortValue = $afterValue AND d.id > $afterId)))
RETURN d, sortValue, d.id AS rowKey, coalesce(toFloat(d.amount), 0.0) AS value, null AS via, null AS viaKind, null AS hops, null AS hours
ORDER BY CASE WHEN $descending THEN null ELSE sortValue END ASC, CASE WHEN $descending THEN sortValue END DESC, d.id ASC
LIMIT $limit
