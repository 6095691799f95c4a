// Test support: the rollups job's lease as the database holds it.
MATCH (l:JobLease {job: 'rollups'})
RETURN l.owner AS owner, coalesce(l.expiresAt > datetime.realtime(), false) AS running, l.lastOwner AS lastOwner,
  l.lastTookOverFrom AS lastTookOverFrom
