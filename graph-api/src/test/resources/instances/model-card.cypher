// Test support: a stored model version's card bytes.
MATCH (m:IppModelVersion {version: $version})
RETURN m.card AS card
