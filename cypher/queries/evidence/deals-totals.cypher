// Totals over all the deals behind an analytics figure (evidence.graphqls, measure DEAL_AMOUNT): count,
// amount, won and lost as of the as-of date, and the as-of date used. Same WHERE as evidence/deals-page.
WITH $asOf AS asOf
OPTIONAL MATCH (d:Deal)
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
  AND CASE $basis
    WHEN 'CREATED' THEN ($from IS NULL OR d.createdOn >= $from)
    WHEN 'WON' THEN d.closedOn IS NOT NULL AND d.closedOn <= asOf AND ($from IS NULL OR d.closedOn >= $from) AND d.outcome = 'won'
    WHEN 'TRAILING_YEAR' THEN d.closedOn IS NOT NULL AND d.closedOn <= asOf AND d.closedOn > asOf - duration({months: 12}) AND d.outcome = 'won'
    ELSE d.closedOn IS NOT NULL AND d.closedOn <= asOf AND ($from IS NULL OR d.closedOn >= $from) AND d.outcome IN ['won', 'lost']
  END
WITH asOf, d, d IS NOT NULL AND d.closedOn IS NOT NULL AND d.closedOn <= asOf AS closed
RETURN asOf, count(d) AS count, coalesce(sum(d.amount), 0.0) AS amount, coalesce(sum(d.amount), 0.0) AS value, null AS hours,
  count(CASE WHEN closed AND d.outcome = 'won' THEN 1 END) AS won,
  count(CASE WHEN closed AND d.outcome = 'lost' THEN 1 END) AS lost, null AS values
