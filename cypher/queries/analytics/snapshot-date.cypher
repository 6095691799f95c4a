// The as-of date the analytics use when the query names none: the ecosystem's snapshot date.
OPTIONAL MATCH (e:Ecosystem {key: 'default'})
RETURN e.snapshotDate AS snapshotDate
