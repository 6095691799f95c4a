// After upsertDeal with a partner list: partners no longer on the deal lose their role on it (and
// their analytics rollups are marked stale).
MATCH (d:Deal {id: $dealId})<-[r:SOURCED|INFLUENCED|CO_SOLD]-(p:Partner)
WHERE NOT p.id IN $partnerIds
DELETE r
WITH DISTINCT p
MERGE (rollup:PartnerRollup {partnerId: p.id})
SET rollup.stale = true
