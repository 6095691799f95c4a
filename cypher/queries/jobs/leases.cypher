// Every background job's lease: who runs it now (an expired lease is not running: its holder died
// or lost the database) and who ran it last.
MATCH (l:JobLease)
RETURN l.job AS job, l.owner AS owner, l.acquiredAt AS since, l.renewedAt AS renewedAt, l.expiresAt AS expiresAt,
  l.progress AS progress, l.expiresAt IS NOT NULL AND l.expiresAt > datetime.realtime() AS running,
  l.tookOverFrom AS tookOverFrom, l.lastOwner AS lastOwner, l.lastStartedAt AS lastStartedAt,
  l.lastFinishedAt AS lastFinishedAt, l.lastOutcome AS lastOutcome, l.lastTookOverFrom AS lastTookOverFrom
ORDER BY job
