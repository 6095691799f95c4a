// Test support: edits a stored version's card around the service (as someone with database access could).
MATCH (m:IppModelVersion {version: $version})
SET m.card = $card
