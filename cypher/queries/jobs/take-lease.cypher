// Gives the (locked, free or expired) lease of a job to one run of one instance for $ttlMillis;
// tookOverFrom names the instance whose lease had expired, if any.
MATCH (l:JobLease {job: $job})
SET l.token = $token, l.owner = $owner, l.acquiredAt = datetime.realtime(), l.renewedAt = datetime.realtime(),
  l.expiresAt = datetime.realtime() + duration({milliseconds: $ttlMillis}), l.progress = null, l.tookOverFrom = $tookOverFrom
RETURN l.acquiredAt AS since, l.expiresAt AS expiresAt
