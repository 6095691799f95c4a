// A complete rescoring wrote every score with $version: what it read the graph from ($from, the
// database's clock before its feature query), who ran it, and the shift of the prospects it measured
// (JSON). rescoreRuns counts the rescorings, so instances see a new set of scores to read.
MERGE (s:ScoringState {key: 'ipp'})
SET s.scoredFrom = $from, s.scoredAt = datetime.realtime(), s.scoredVersion = $version, s.scoredBy = $instance,
  s.scoredRows = $rows, s.shift = $shift, s.rescoreRuns = coalesce(s.rescoreRuns, 0) + 1
RETURN s.rescoreRuns AS rescoreRuns
