// The lock node of one background job, created on first use and locked for this transaction (the
// SET takes the node's write lock), so of two instances asking at once the second reads what the
// first decided. Returns who holds the lease and until when, on the database's clock: the
// instances' own clocks never decide an expiry.
MERGE (l:JobLease {job: $job})
SET l.checkedAt = datetime.realtime()
RETURN l.token AS token, l.owner AS owner, l.acquiredAt AS since, l.expiresAt AS expiresAt,
  l.expiresAt IS NOT NULL AND l.expiresAt <= l.checkedAt AS expired
