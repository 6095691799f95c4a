// Removes stored scores of a model version that is no longer in use (e.g. it was refused).
MATCH (p:Partner)
WHERE p.ippModelVersion IS NOT NULL AND p.ippModelVersion <> $keepVersion
REMOVE p.ippProbability, p.ippScore, p.ippPercentile, p.ippModelVersion, p.ippScoredAt, p.ippScoredBy, p.ippConfidence,
  p.ippConfidenceNote
