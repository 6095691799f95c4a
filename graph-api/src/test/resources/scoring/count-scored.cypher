// Test support: how many partners carry a stored score of the given model version.
MATCH (p:Partner)
WHERE p.ippModelVersion = $version AND p.ippScore IS NOT NULL AND p.ippProbability IS NOT NULL
RETURN count(p) AS scored
