// One page of the partner rows behind a figure of the measures ACTIVE_PARTNER and SIGNED_PARTNER (evidence.graphqls):
// the same partners as evidence/partners-totals, each worth 1, sorted by id or signing date (CREATED_ON).
WITH $asOf AS asOf
MATCH (p:Partner)
WHERE CASE $measure
    WHEN 'ACTIVE_PARTNER' THEN p.status = 'active' AND p.signedOn <= asOf
    ELSE p.status IN ['active', 'churned'] AND (p.signedOn IS NULL OR p.signedOn <= asOf)
  END
  AND ($creditedPartners IS NULL OR p.id IN $creditedPartners)
  AND ($types IS NULL OR p.type IN $types) AND ($regions IS NULL OR p.region IN $regions) AND ($tiers IS NULL OR p.tier IN $tiers)
WITH p, CASE $orderField
  WHEN 'CREATED_ON' THEN coalesce(toString(p.signedOn), '')
  WHEN 'CLOSED_ON' THEN coalesce(toString(p.signedOn), '')
  ELSE p.id
END AS sortValue
WHERE $afterId IS NULL
  OR (NOT $descending AND (sortValue > $afterValue OR (sortValue = $afterValue AND p.id > $afterId)))
  OR ($descending AND (sortValue < $afterValue OR (sortValue = $afterValue AND p.id > $afterId)))
RETURN p, sortValue, p.id AS rowKey, 1.0 AS value
ORDER BY CASE WHEN $descending THEN null ELSE sortValue END ASC, CASE WHEN $descending THEN sortValue END DESC, p.id ASC
LIMIT $limit
