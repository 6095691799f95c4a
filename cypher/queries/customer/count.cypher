MATCH (c:Customer)
WHERE ($industries IS NULL OR c.industry IN $industries)
  AND ($regions IS NULL OR c.region IN $regions)
  AND ($segments IS NULL OR c.segment IN $segments)
  AND ($churned IS NULL OR coalesce(c.churned, false) = $churned)
  AND ($nameContains IS NULL OR toLower(c.name) CONTAINS toLower($nameContains))
RETURN count(c) AS count
