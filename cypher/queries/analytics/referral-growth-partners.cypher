// Referral growth curve, partners (docs/analytics.md#7): signed partners (active or churned, the
// partner filter applied) by the $unit ('month' or 'quarter') they signed in, up to the as-of date,
// and how many of them were referred (an incoming REFERRED, from a partner or a customer, dated on or
// before the as-of date).
WITH $asOf AS asOf
MATCH (p:Partner)
WHERE p.status IN ['active', 'churned'] AND p.signedOn <= asOf
  AND ($types IS NULL OR p.type IN $types) AND ($regions IS NULL OR p.region IN $regions)
  AND ($tiers IS NULL OR p.tier IN $tiers)
WITH p, date.truncate($unit, p.signedOn) AS period,
  EXISTS { ()-[r:REFERRED]->(p) WHERE r.referredOn IS NULL OR r.referredOn <= asOf } AS referred
RETURN period, count(p) AS added, count(CASE WHEN referred THEN 1 END) AS referred
ORDER BY period
