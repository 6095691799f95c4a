// Ids stored before the id rule (InputRules) that break it, for the check at start (docs/operations.md).
MATCH (n)
WHERE (n:Partner OR n:Customer OR n:Integration OR n:Deal OR n:Investment)
  AND n.id IS NOT NULL
  AND (size(n.id) > $maxLength OR NOT n.id =~ $pattern)
RETURN labels(n)[0] AS label, n.id AS id
ORDER BY label, id
LIMIT $limit
