// How many deal months and partner rollups exist (from the count store), so the import can report
// the entity nodes it created without them.
RETURN COUNT { (:DealMonth) } + COUNT { (:PartnerRollup) } AS nodes
