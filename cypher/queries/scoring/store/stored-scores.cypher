// Every stored score with what the prospect ranking filters on: the scores every instance serves,
// read after another instance rescored (instead of scoring again).
MATCH (p:Partner)
WHERE p.ippModelVersion IS NOT NULL AND p.ippConfidence IS NOT NULL
RETURN p.id AS id, p.name AS name, p.status AS status, p.region AS region, p.type AS type, p.industries AS industries,
  p.ippProbability AS probability, p.ippScore AS score, p.ippPercentile AS percentile, p.ippModelVersion AS version,
  p.ippScoredBy AS scoredBy, p.ippConfidence AS confidence, p.ippConfidenceNote AS note
ORDER BY id
