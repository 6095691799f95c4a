// Test support: locks the earliest deal month (and marks it stale) in a transaction the test keeps
// open, so a rollup refresh that reaches it waits there while holding the rollups lease.
MATCH (m:DealMonth)
WITH m
ORDER BY m.month
LIMIT 1
SET m.stale = true
RETURN m.month AS month
