// A training run starts on $instance (the run's first write, after scoring/store/lock-state). For a
// requested retraining the request's status says who runs it, and whose expired lease it took over.
MERGE (s:ScoringState {key: 'ipp'})
SET s.trainingStartedAt = datetime.realtime(), s.trainingRunBy = $instance
FOREACH (_ IN CASE WHEN $retrain THEN [1] ELSE [] END |
  SET s.retrainStartedAt = datetime.realtime(), s.retrainRunBy = $instance, s.retrainTookOverFrom = $tookOverFrom,
    s.retrainState = 'RUNNING', s.retrainMessage = 'Training on the current graph')
