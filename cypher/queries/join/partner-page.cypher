// Root of a joined read (see README.md): one page of partners (prospects included) matching the
// filter, in the requested order after the cursor; the page is cut before the selected properties and nested fields
// ({{fields}}) are read. {{where}}: the given filters that an index answers (n0.type IN $types ...), or
// true; the same conditions below keep their ($x IS NULL OR ...) form for the others.
MATCH ({{node}}:Partner)
WHERE {{where}}
  AND ($types IS NULL OR {{node}}.type IN $types)
  AND ($statuses IS NULL OR {{node}}.status IN $statuses)
  AND ($tiers IS NULL OR {{node}}.tier IN $tiers)
  AND ($regions IS NULL OR {{node}}.region IN $regions)
  AND ($industry IS NULL OR $industry IN {{node}}.industries)
  AND ($nameContains IS NULL OR toLower({{node}}.name) CONTAINS toLower($nameContains))
  AND ($minScore IS NULL OR {{node}}.ippScore >= $minScore)
WITH {{node}}, CASE $orderField
  WHEN 'NAME' THEN toLower({{node}}.name)
  WHEN 'EMPLOYEES' THEN coalesce(toFloat({{node}}.employees), -1.0)
  WHEN 'CERTIFIED_STAFF' THEN coalesce(toFloat({{node}}.certifiedStaff), -1.0)
  WHEN 'SIGNED_ON' THEN coalesce(toString({{node}}.signedOn), '')
  WHEN 'SCORE' THEN coalesce(toFloat({{node}}.ippScore), -1.0)
  ELSE {{node}}.id
END AS sortValue
WHERE $afterId IS NULL
  OR (NOT $descending AND (sortValue > $afterValue OR (sortValue = $afterValue AND {{node}}.id > $afterId)))
  OR ($descending AND (sortValue < $afterValue OR (sortValue = $afterValue AND {{node}}.id > $afterId)))
WITH {{node}}, sortValue
ORDER BY CASE WHEN $descending THEN null ELSE sortValue END ASC, CASE WHEN $descending THEN sortValue END DESC, {{node}}.id ASC
LIMIT $limit
RETURN {{node}} { {{fields}} } AS node, sortValue
