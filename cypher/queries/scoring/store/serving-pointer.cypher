// The serving model version and its checksum (null when none serves).
OPTIONAL MATCH (m:IppModelVersion {serving: true})
WITH m ORDER BY m.servingSince DESC LIMIT 1
RETURN m.version AS version, m.checksum AS checksum
