// Makes one stored version the serving one: exactly one version serves, so the one serving until
// now stops (its servedUntil kept). Run after scoring/store/lock-state in the same transaction, so
// two switches never interleave. Returns the version that served before (null when none).
MATCH (m:IppModelVersion {version: $version})
OPTIONAL MATCH (o:IppModelVersion {serving: true})
WHERE o <> m
SET o.serving = false, o.servedUntil = datetime.realtime()
WITH m, collect(o.version) AS before
SET m.serving = true, m.servingSince = datetime.realtime(), m.servingSetBy = $by, m.servingReason = $reason
RETURN m.version AS version, before[0] AS previous
