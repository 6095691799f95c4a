// How much of the analytics rollups is stale: created months of deals, and partner rollups.
RETURN COUNT { (m:DealMonth) WHERE m.stale = true } AS staleMonths,
  COUNT { (r:PartnerRollup) WHERE r.stale = true } AS stalePartners
