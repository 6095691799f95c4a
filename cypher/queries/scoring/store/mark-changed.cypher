// Something that can move a feature changed (written in the changing transaction, before it
// commits, or by a write around the service): the scores must be rewritten. The database's clock.
MERGE (s:ScoringState {key: 'ipp'})
SET s.changedAt = datetime.realtime()
