// Ids stored before the id rule (InputRules) that break it, for the check at start (docs/operations.md):
// too long, outside the id alphabet, or starting with the reserved prefix Neo. (in any case).
MATCH (n)
WHERE (n:Partner OR n:Customer OR n:Integration OR n:Deal OR n:Investment)
  AND n.id IS NOT NULL
  AND (size(n.id) > $maxLength OR NOT n.id =~ $pattern OR toLower(n.id) STARTS WITH $reservedPrefix)
RETURN labels(n)[0] AS label, n.id AS id
ORDER BY label, id
LIMIT $limit
