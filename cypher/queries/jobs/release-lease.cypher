// Frees a lease its run still holds and keeps what the run was, for the jobs status.
MATCH (l:JobLease {job: $job})
WHERE l.token = $token
SET l.lastOwner = l.owner, l.lastStartedAt = l.acquiredAt, l.lastFinishedAt = datetime.realtime(), l.lastOutcome = $outcome,
  l.lastTookOverFrom = l.tookOverFrom
REMOVE l.token, l.owner, l.acquiredAt, l.renewedAt, l.expiresAt, l.progress, l.tookOverFrom
RETURN count(l) AS released
