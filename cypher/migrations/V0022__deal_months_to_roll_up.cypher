// Stores made before the analytics rollups: every created month with deals gets its rollup built
// at the next analysis (or at the end of the next import).
MATCH (d:Deal)
WHERE d.createdOn IS NOT NULL
WITH DISTINCT date.truncate('month', d.createdOn) AS month
MERGE (m:DealMonth {month: month})
SET m.stale = true
