// What every instance checks every few seconds (no model bytes): the serving version and its
// checksum, the scoring state, and whether the training and rescoring leases are held. A change
// not rescored within $graceMillis (its instance died) is 'overdue'; any instance takes it over.
OPTIONAL MATCH (m:IppModelVersion {serving: true})
WITH m ORDER BY m.servingSince DESC LIMIT 1
OPTIONAL MATCH (s:ScoringState {key: 'ipp'})
OPTIONAL MATCH (t:JobLease {job: 'training'})
OPTIONAL MATCH (r:JobLease {job: 'rescoring'})
RETURN m.version AS servingVersion, m.checksum AS servingChecksum,
  s.changedAt AS changedAt, s.scoredFrom AS scoredFrom, s.scoredAt AS scoredAt, s.scoredVersion AS scoredVersion,
  s.scoredBy AS scoredBy, s.scoredRows AS scoredRows, coalesce(s.rescoreRuns, 0) AS rescoreRuns,
  s.changedAt IS NOT NULL AND (s.scoredFrom IS NULL OR s.changedAt > s.scoredFrom) AS changedSinceScoring,
  s.changedAt IS NOT NULL AND s.changedAt < datetime.realtime() - duration({milliseconds: $graceMillis}) AS changeOverdue,
  s.retrainRequestedAt IS NOT NULL AND (s.retrainFinishedAt IS NULL OR s.retrainFinishedAt < s.retrainRequestedAt) AS retrainPending,
  t.expiresAt IS NOT NULL AND t.expiresAt > datetime.realtime() AS trainingRunning,
  r.expiresAt IS NOT NULL AND r.expiresAt > datetime.realtime() AS rescoringRunning
