// Partner rollups keep one month list per axis (closed, created, spent) instead of one shared list:
// rollups built before are rebuilt at the next analysis.
MATCH (r:PartnerRollup)
WHERE r.months IS NOT NULL
SET r.stale = true
