// One page of deals matching the filter, in the requested order after the cursor (see partner/page).
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
WITH d, CASE $orderField
  WHEN 'AMOUNT' THEN coalesce(toFloat(d.amount), -1.0)
  WHEN 'CREATED_ON' THEN coalesce(toString(d.createdOn), '')
  WHEN 'CLOSED_ON' THEN coalesce(toString(d.closedOn), '')
  ELSE d.id
END AS sortValue
WHERE $afterId IS NULL
  OR (NOT $descending AND (sortValue > $afterValue OR (sortValue = $afterValue AND d.id > $afterId)))
  OR ($descending AND (sortValue < $afterValue OR (sortValue = $afterValue AND d.id > $afterId)))
RETURN d, sortValue
ORDER BY CASE WHEN $descending THEN null ELSE sortValue END ASC, CASE WHEN $descending THEN sortValue END DESC, d.id ASC
LIMIT $limit
