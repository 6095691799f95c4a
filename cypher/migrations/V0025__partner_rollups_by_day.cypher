// Partner rollups keep days instead of months (so a period's boundary months need no reading of
// the deals) and totals: rollups built before are rebuilt at the next analysis.
MATCH (r:PartnerRollup)
WHERE r.closedMonths IS NOT NULL OR r.createdMonths IS NOT NULL OR r.spentMonths IS NOT NULL OR r.months IS NOT NULL
SET r.stale = true
