// One page of partners (prospects included) matching the filter, in the requested order, strictly
// after the cursor's position (sort value, then id as tie-breaker). Missing values sort as a sentinel.
MATCH (p:Partner)
WHERE ($types IS NULL OR p.type IN $types)
  AND ($statuses IS NULL OR p.status IN $statuses)
  AND ($tiers IS NULL OR p.tier IN $tiers)
  AND ($regions IS NULL OR p.region IN $regions)
  AND ($industry IS NULL OR $industry IN p.industries)
  AND ($nameContains IS NULL OR toLower(p.name) CONTAINS toLower($nameContains))
  AND ($minScore IS NULL OR p.ippScore >= $minScore)
WITH p, CASE $orderField
  WHEN 'NAME' THEN toLower(p.name)
  WHEN 'EMPLOYEES' THEN coalesce(toFloat(p.employees), -1.0)
  WHEN 'CERTIFIED_STAFF' THEN coalesce(toFloat(p.certifiedStaff), -1.0)
  WHEN 'SIGNED_ON' THEN coalesce(toString(p.signedOn), '')
  WHEN 'SCORE' THEN coalesce(toFloat(p.ippScore), -1.0)
  ELSE p.id
END AS sortValue
WHERE $afterId IS NULL
  OR (NOT $descending AND (sortValue > $afterValue OR (sortValue = $afterValue AND p.id > $afterId)))
  OR ($descending AND (sortValue < $afterValue OR (sortValue = $afterValue AND p.id > $afterId)))
RETURN p, sortValue
ORDER BY CASE WHEN $descending THEN null ELSE sortValue END ASC, CASE WHEN $descending THEN sortValue END DESC, p.id ASC
LIMIT $limit
