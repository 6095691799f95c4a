// Partner rollups gain the won and lost deal counts by closing day (the decided axis) and the
// co-sold rows by created day (performanceDrivers): every rollup built before is rebuilt at the
// next analysis.
MATCH (r:PartnerRollup)
SET r.stale = true
