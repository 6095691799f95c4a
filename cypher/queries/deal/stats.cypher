// Aggregates over the deals matching the filter of deal/page.
MATCH (d:Deal)
WHERE ($outcomes IS NULL OR d.outcome IN $outcomes)
  AND ($sources IS NULL OR d.source IN $sources)
  AND ($createdFrom IS NULL OR d.createdOn >= $createdFrom)
  AND ($createdTo IS NULL OR d.createdOn <= $createdTo)
  AND ($closedFrom IS NULL OR d.closedOn >= $closedFrom)
  AND ($closedTo IS NULL OR d.closedOn <= $closedTo)
  AND ($minAmount IS NULL OR d.amount >= $minAmount)
  AND ($maxAmount IS NULL OR d.amount <= $maxAmount)
  AND ($customerIds IS NULL OR EXISTS { (d)-[:FOR]->(c:Customer) WHERE c.id IN $customerIds })
  AND ($partnerIds IS NULL OR EXISTS { (p:Partner)-[:SOURCED|INFLUENCED|CO_SOLD]->(d) WHERE p.id IN $partnerIds })
RETURN count(d) AS count,
  count(CASE WHEN d.outcome = 'won' THEN 1 END) AS won,
  count(CASE WHEN d.outcome = 'lost' THEN 1 END) AS lost,
  count(CASE WHEN d.outcome = 'open' THEN 1 END) AS open,
  coalesce(sum(d.amount), 0.0) AS totalAmount,
  avg(d.amount) AS averageAmount,
  coalesce(sum(CASE WHEN d.outcome = 'won' THEN d.amount END), 0.0) AS wonAmount
