// Deletes the rollups of partners that no longer exist.
UNWIND $partnerIds AS id
MATCH (r:PartnerRollup {partnerId: id})
DELETE r
