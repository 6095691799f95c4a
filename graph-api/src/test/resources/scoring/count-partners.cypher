// Test support: partners with the given id ($id null: any), with a stored score of at least $minScore
// ($minScore null: scored or not), and without a stored score ($unscored true).
MATCH (p:Partner)
WHERE ($id IS NULL OR p.id = $id)
  AND ($minScore IS NULL OR p.ippScore >= $minScore)
  AND (NOT $unscored OR p.ippScore IS NULL)
RETURN count(p) AS partners
