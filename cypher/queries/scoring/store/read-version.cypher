// One stored model version's files, checksum list and checksum (null row: no such version).
MATCH (m:IppModelVersion {version: $version})
RETURN m.version AS version, m.checksum AS checksum, m.manifest AS manifest, m.card AS card,
  m.prospectModel AS prospectModel, m.partnerModel AS partnerModel
