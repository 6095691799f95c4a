// Every stored model version without its files, newest first.
MATCH (m:IppModelVersion)
RETURN m.version AS version, m.checksum AS checksum, m.sizeBytes AS sizeBytes, m.trainedAt AS trainedAt, m.trainer AS trainer,
  m.prospectLikeAuc AS prospectLikeAuc, m.source AS source, m.sourceDetail AS sourceDetail, m.storedBy AS storedBy,
  m.storedAt AS storedAt, coalesce(m.serving, false) AS serving, m.servingSince AS servingSince, m.servingSetBy AS servingSetBy,
  m.servedUntil AS servedUntil
ORDER BY m.storedAt DESC, m.version DESC
