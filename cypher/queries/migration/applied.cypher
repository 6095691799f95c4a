MATCH (m:__Migration)
WHERE m.version > 0
RETURN m.version AS version, m.checksum AS checksum
ORDER BY version
