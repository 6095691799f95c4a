// Root of a joined read (see README.md): one page of customers matching the filter, in the
// requested order after the cursor; the page is cut before the selected properties and nested fields
// ({{fields}}) are read. {{where}}: the given filters that an index answers (n0.type IN $types ...), or
// true; the same conditions below keep their ($x IS NULL OR ...) form for the others.
MATCH ({{node}}:Customer)
WHERE {{where}}
  AND ($industries IS NULL OR {{node}}.industry IN $industries)
  AND ($regions IS NULL OR {{node}}.region IN $regions)
  AND ($segments IS NULL OR {{node}}.segment IN $segments)
  AND ($churned IS NULL OR coalesce({{node}}.churned, false) = $churned)
  AND ($nameContains IS NULL OR toLower({{node}}.name) CONTAINS toLower($nameContains))
WITH {{node}}, CASE $orderField
  WHEN 'NAME' THEN toLower({{node}}.name)
  WHEN 'ARR' THEN coalesce(toFloat({{node}}.arr), -1.0)
  WHEN 'NPS' THEN coalesce(toFloat({{node}}.nps), -101.0)
  ELSE {{node}}.id
END AS sortValue
WHERE $afterId IS NULL
  OR (NOT $descending AND (sortValue > $afterValue OR (sortValue = $afterValue AND {{node}}.id > $afterId)))
  OR ($descending AND (sortValue < $afterValue OR (sortValue = $afterValue AND {{node}}.id > $afterId)))
WITH {{node}}, sortValue
ORDER BY CASE WHEN $descending THEN null ELSE sortValue END ASC, CASE WHEN $descending THEN sortValue END DESC, {{node}}.id ASC
LIMIT $limit
RETURN {{node}} { {{fields}} } AS node, sortValue
