// After upsertDeal with a partner list: partners no longer on the deal lose their role on it.
MATCH (d:Deal {id: $dealId})<-[r:SOURCED|INFLUENCED|CO_SOLD]-(p:Partner)
WHERE NOT p.id IN $partnerIds
DELETE r
