// Signed partners and prospects, for the log line that says the service is ready.
RETURN COUNT { (p:Partner) WHERE p.status <> 'prospect' } AS partners,
  COUNT { (q:Partner {status: 'prospect'}) } AS prospects
