// An admin asked for a retraining (in the request's transaction): kept until a run finishes it, so
// the instance that takes it may be another one. Unchanged (and pending false) while one is pending.
MERGE (s:ScoringState {key: 'ipp'})
WITH s, s.retrainRequestedAt IS NOT NULL AND (s.retrainFinishedAt IS NULL OR s.retrainFinishedAt < s.retrainRequestedAt) AS pending
FOREACH (_ IN CASE WHEN pending THEN [] ELSE [1] END |
  SET s.retrainRequestedAt = datetime.realtime(), s.retrainRequestedBy = $actor, s.retrainRequestedOn = $instance,
    s.retrainSeed = $seed, s.retrainState = 'RUNNING', s.retrainStartedAt = null, s.retrainRunBy = null,
    s.retrainTookOverFrom = null, s.retrainMessage = 'Waiting for an instance to start training', s.retrainNewVersion = null,
    s.retrainNewAuc = null, s.retrainPreviousAuc = null)
RETURN NOT pending AS requested
