// How many partners match the filter of partner/page.
MATCH (p:Partner)
WHERE ($types IS NULL OR p.type IN $types)
  AND ($statuses IS NULL OR p.status IN $statuses)
  AND ($tiers IS NULL OR p.tier IN $tiers)
  AND ($regions IS NULL OR p.region IN $regions)
  AND ($industry IS NULL OR $industry IN p.industries)
  AND ($nameContains IS NULL OR toLower(p.name) CONTAINS toLower($nameContains))
  AND ($minScore IS NULL OR p.ippScore >= $minScore)
RETURN count(p) AS count
