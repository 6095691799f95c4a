// The snapshot date the trailing windows count back from (null when nothing was imported yet).
OPTIONAL MATCH (e:Ecosystem {key: 'default'})
RETURN e.snapshotDate AS snapshotDate
