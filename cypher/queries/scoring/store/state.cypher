// The scoring state and the retraining's, for the API (no row before the first scoring or request).
MATCH (s:ScoringState {key: 'ipp'})
RETURN s.scoredAt AS scoredAt, s.scoredVersion AS scoredVersion, s.scoredBy AS scoredBy, s.scoredRows AS scoredRows,
  coalesce(s.rescoreRuns, 0) AS rescoreRuns, s.changedAt AS changedAt, s.shift AS shift,
  s.retrainRequestedAt AS retrainRequestedAt, s.retrainRequestedBy AS retrainRequestedBy, s.retrainSeed AS retrainSeed,
  s.retrainStartedAt AS retrainStartedAt, s.retrainRunBy AS retrainRunBy, s.retrainTookOverFrom AS retrainTookOverFrom,
  s.retrainFinishedAt AS retrainFinishedAt, s.retrainState AS retrainState, s.retrainMessage AS retrainMessage,
  s.retrainNewVersion AS retrainNewVersion, s.retrainNewAuc AS retrainNewAuc, s.retrainPreviousAuc AS retrainPreviousAuc
