// Stores one model version (its files as byte arrays, their checksum list and checksum) unless a
// version of that name is stored already; returns the stored version's checksum, so the caller can
// tell "already stored" from "another model under the same name". A new version does not serve.
// $version, $checksum, $manifest (sha256sum text), $card, $prospectModel, $partnerModel (bytes or
// null), $sizeBytes, $trainedAt (string), $trainer, $prospectLikeAuc, $source, $sourceDetail, $instance
MERGE (m:IppModelVersion {version: $version})
ON CREATE SET m.checksum = $checksum, m.manifest = $manifest, m.card = $card, m.prospectModel = $prospectModel,
  m.partnerModel = $partnerModel, m.sizeBytes = $sizeBytes, m.trainedAt = $trainedAt, m.trainer = $trainer,
  m.prospectLikeAuc = $prospectLikeAuc, m.source = $source, m.sourceDetail = $sourceDetail, m.storedBy = $instance,
  m.storedAt = datetime.realtime(), m.serving = false, m.created = true
WITH m, coalesce(m.created, false) AS created
REMOVE m.created
RETURN m.checksum AS checksum, created
