// Test support: lets a job's lease expire now, as if its holder had stopped renewing it.
MATCH (l:JobLease {job: $job})
SET l.expiresAt = datetime.realtime() - duration('PT1S')
