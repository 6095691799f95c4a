// The scoring state (one node), created on first use and locked for this transaction (the SET
// takes its write lock): storing and switching models, finishing a rescoring and starting a
// training run take it first, one instance after the other.
MERGE (s:ScoringState {key: 'ipp'})
SET s.lockedAt = datetime.realtime()
RETURN s.rescoreRuns AS rescoreRuns
