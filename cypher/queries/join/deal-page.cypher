// Root of a joined read (see README.md): one page of deals matching the filter, in the requested
// order after the cursor; the page is cut before the selected properties and nested fields
// ({{fields}}) are read. {{where}}: the given filters that an index answers (n0.type IN $types ...), or
// true; the same conditions below keep their ($x IS NULL OR ...) form for the others. Every whole line
// AND ($x IS NULL OR ...) is optional: left out when $x is not given (README.md), the cursor's too, so a first page
// in an order no index answers is a top-k, not a sort of every row. {{sort}}: the sort
// value, the indexed property itself where an index answers the order (then {{where}} starts the index at the
// cursor), else the branch of deal-page-sort.cypher for the order; {{direction}}: ASC or DESC;
// {{within}}: empty, or the composite index's leading properties that single-valued filters fix (README.md).
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
WITH {{node}}, {{sort}} AS sortValue
WHERE true
  AND ($afterId IS NULL OR (NOT $descending AND (sortValue > $afterValue OR (sortValue = $afterValue AND {{node}}.id > $afterId))) OR ($descending AND (sortValue < $afterValue OR (sortValue = $afterValue AND {{node}}.id > $afterId))))
WITH {{node}}, sortValue
ORDER BY {{within}}sortValue {{direction}}, {{node}}.id ASC
LIMIT $limit
RETURN {{node}} { {{fields}} } AS node, sortValue
