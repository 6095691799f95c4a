// Extends a lease its run still holds (no row: another instance took it over after it expired).
MATCH (l:JobLease {job: $job})
WHERE l.token = $token
SET l.renewedAt = datetime.realtime(), l.expiresAt = datetime.realtime() + duration({milliseconds: $ttlMillis}),
  l.progress = $progress
RETURN l.expiresAt AS expiresAt
