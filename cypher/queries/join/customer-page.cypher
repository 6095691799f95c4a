// Root of a joined read (see README.md): one page of customers matching the filter, in the
// requested order after the cursor; the page is cut before the selected properties and nested fields
// ({{fields}}) are read. {{where}}: the given filters that an index answers (n0.type IN $types ...), or
// true; the same conditions below keep their ($x IS NULL OR ...) form for the others. Every whole line
// AND ($x IS NULL OR ...) is optional: left out when $x is not given (README.md), the cursor's too, so a first page
// in an order no index answers is a top-k, not a sort of every row. {{sort}}: the sort
// value, the indexed property itself where an index answers the order (then {{where}} starts the index at the
// cursor), else the branch of customer-page-sort.cypher for the order; {{direction}}: ASC or DESC;
// {{within}}: empty, or the composite index's leading properties that single-valued filters fix (README.md).
MATCH ({{node}}:Customer)
WHERE {{where}}
  AND ($industries IS NULL OR {{node}}.industry IN $industries)
  AND ($regions IS NULL OR {{node}}.region IN $regions)
  AND ($segments IS NULL OR {{node}}.segment IN $segments)
  AND ($churned IS NULL OR coalesce({{node}}.churned, false) = $churned)
  AND ($nameContains IS NULL OR toLower({{node}}.name) CONTAINS toLower($nameContains))
WITH {{node}}, {{sort}} AS sortValue
WHERE true
  AND ($afterId IS NULL OR (NOT $descending AND (sortValue > $afterValue OR (sortValue = $afterValue AND {{node}}.id > $afterId))) OR ($descending AND (sortValue < $afterValue OR (sortValue = $afterValue AND {{node}}.id > $afterId))))
WITH {{node}}, sortValue
ORDER BY {{within}}sortValue {{direction}}, {{node}}.id ASC
LIMIT $limit
RETURN {{node}} { {{fields}} } AS node, sortValue
