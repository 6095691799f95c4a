// Test support: the scoring state and the rescoring and training leases, as the database holds them.
OPTIONAL MATCH (s:ScoringState {key: 'ipp'})
OPTIONAL MATCH (r:JobLease {job: 'rescoring'})
OPTIONAL MATCH (t:JobLease {job: 'training'})
RETURN coalesce(s.rescoreRuns, 0) AS rescoreRuns, s.scoredVersion AS scoredVersion, r.lastOwner AS rescoredBy,
  t.lastOwner AS trainedBy, COUNT { (m:IppModelVersion) } AS versions
