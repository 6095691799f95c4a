// Root of a joined read (see README.md): one page of deals matching the filter, in the requested
// order after the cursor; the page is cut before the selected properties and nested fields
// ({{fields}}) are read. {{where}}: the given filters that an index answers (n0.type IN $types ...), or
// true; the same conditions below keep their ($x IS NULL OR ...) form for the others.
MATCH ({{node}}:Deal)
WHERE {{where}}
  AND ($outcomes IS NULL OR {{node}}.outcome IN $outcomes)
  AND ($sources IS NULL OR {{node}}.source IN $sources)
  AND ($createdFrom IS NULL OR {{node}}.createdOn >= $createdFrom)
  AND ($createdTo IS NULL OR {{node}}.createdOn <= $createdTo)
  AND ($closedFrom IS NULL OR {{node}}.closedOn >= $closedFrom)
  AND ($closedTo IS NULL OR {{node}}.closedOn <= $closedTo)
  AND ($minAmount IS NULL OR {{node}}.amount >= $minAmount)
  AND ($maxAmount IS NULL OR {{node}}.amount <= $maxAmount)
  AND ($customerIds IS NULL OR EXISTS { ({{node}})-[:FOR]->(c:Customer) WHERE c.id IN $customerIds })
  AND ($partnerIds IS NULL OR EXISTS { (p:Partner)-[:SOURCED|INFLUENCED|CO_SOLD]->({{node}}) WHERE p.id IN $partnerIds })
WITH {{node}}, CASE $orderField
  WHEN 'AMOUNT' THEN coalesce(toFloat({{node}}.amount), -1.0)
  WHEN 'CREATED_ON' THEN coalesce(toString({{node}}.createdOn), '')
  WHEN 'CLOSED_ON' THEN coalesce(toString({{node}}.closedOn), '')
  ELSE {{node}}.id
END AS sortValue
WHERE $afterId IS NULL
  OR (NOT $descending AND (sortValue > $afterValue OR (sortValue = $afterValue AND {{node}}.id > $afterId)))
  OR ($descending AND (sortValue < $afterValue OR (sortValue = $afterValue AND {{node}}.id > $afterId)))
WITH {{node}}, sortValue
ORDER BY CASE WHEN $descending THEN null ELSE sortValue END ASC, CASE WHEN $descending THEN sortValue END DESC, {{node}}.id ASC
LIMIT $limit
RETURN {{node}} { {{fields}} } AS node, sortValue
