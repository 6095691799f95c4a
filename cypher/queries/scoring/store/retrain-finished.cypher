// A requested retraining ended: REPLACED, KEPT or FAILED with what happened in words.
MERGE (s:ScoringState {key: 'ipp'})
SET s.retrainFinishedAt = datetime.realtime(), s.retrainState = $state, s.retrainMessage = $message,
  s.retrainNewVersion = $newVersion, s.retrainNewAuc = $newAuc, s.retrainPreviousAuc = $previousAuc
