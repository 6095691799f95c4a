// Whether the stored scores must be rewritten with model $version: a change that can move a
// feature committed after the last scoring read the graph, the last complete scoring used another
// version, or a partner or prospect has no score of $version (new, or written around the service).
OPTIONAL MATCH (s:ScoringState {key: 'ipp'})
RETURN (s.changedAt IS NOT NULL AND (s.scoredFrom IS NULL OR s.changedAt > s.scoredFrom))
  OR s.scoredVersion IS NULL OR s.scoredVersion <> $version
  OR EXISTS { MATCH (p:Partner) WHERE p.ippModelVersion IS NULL OR p.ippModelVersion <> $version OR p.ippConfidence IS NULL }
  AS needed
