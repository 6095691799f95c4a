// One page of customers matching the filter, in the requested order after the cursor (see partner/page).
MATCH (c:Customer)
WHERE ($industries IS NULL OR c.industry IN $industries)
  AND ($regions IS NULL OR c.region IN $regions)
  AND ($segments IS NULL OR c.segment IN $segments)
  AND ($churned IS NULL OR coalesce(c.churned, false) = $churned)
  AND ($nameContains IS NULL OR toLower(c.name) CONTAINS toLower($nameContains))
WITH c, CASE $orderField
  WHEN 'NAME' THEN toLower(c.name)
  WHEN 'ARR' THEN coalesce(toFloat(c.arr), -1.0)
  WHEN 'NPS' THEN coalesce(toFloat(c.nps), -101.0)
  ELSE c.id
END AS sortValue
WHERE $afterId IS NULL
  OR (NOT $descending AND (sortValue > $afterValue OR (sortValue = $afterValue AND c.id > $afterId)))
  OR ($descending AND (sortValue < $afterValue OR (sortValue = $afterValue AND c.id > $afterId)))
RETURN c, sortValue
ORDER BY CASE WHEN $descending THEN null ELSE sortValue END ASC, CASE WHEN $descending THEN sortValue END DESC, c.id ASC
LIMIT $limit
