// Test support: makes a stored version serving around the service (a restored backup, a hand edit).
MATCH (m:IppModelVersion)
SET m.serving = m.version = $version,
  m.servingSince = CASE WHEN m.version = $version THEN datetime.realtime() ELSE m.servingSince END
