// The ecosystem's snapshot date: what "as of" means when a request names no date, and the day the
// trailing windows count back from (null when nothing was imported yet). The one statement that
// reads it: the service resolves a request's period from it (graph/Periods), the scoring module its
// features' date.
OPTIONAL MATCH (e:Ecosystem {key: 'default'})
RETURN e.snapshotDate AS snapshotDate
