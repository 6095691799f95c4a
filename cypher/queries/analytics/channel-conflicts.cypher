// Channel conflicts (docs/analytics.md#5), grouped per customer first so the pairwise comparison only
// ever runs over one customer's deals. A deal's claim on the account is a registration: a SOURCED or
// CO_SOLD row with a registeredOn date on or before the as-of date and a stage other than
// 'unregistered' (INFLUENCED rows claim nothing). Two deals at a customer collide when
// - PARTNER_PARTNER: both carry registrations, their registered partners are disjoint (one partner's
//   own deals never conflict with each other) and their earliest registrations are at most
//   $windowDays apart;
// - PARTNER_DIRECT: one is a direct deal created at most $windowDays from the other's earliest
//   registration or creation.
// Deals count when created in [$from, as-of]; outcomes as of the as-of date. One row: the customers
// with deals in the period and, per conflicted customer, the colliding pairs and the deals in them.
OPTIONAL MATCH (e:Ecosystem {key: 'default'})
WITH coalesce($asOf, e.snapshotDate, date()) AS asOf
MATCH (c:Customer)
CALL (c, asOf) {
  OPTIONAL MATCH (c)<-[:FOR]-(d:Deal)
  WHERE d.createdOn <= asOf AND ($from IS NULL OR d.createdOn >= $from)
  CALL (d, asOf) {
    OPTIONAL MATCH (p:Partner)-[r:SOURCED|CO_SOLD]->(d)
    WHERE r.registeredOn IS NOT NULL AND r.registeredOn <= asOf AND coalesce(r.registrationStage, '') <> 'unregistered'
    WITH p, r
    ORDER BY r.registeredOn, p.id
    RETURN collect(CASE WHEN p IS NOT NULL THEN {
        partnerId: p.id, partnerName: p.name, partnerType: p.type, role: type(r), registeredOn: r.registeredOn,
        stage: r.registrationStage,
        matches: ($types IS NULL OR p.type IN $types) AND ($regions IS NULL OR p.region IN $regions)
                 AND ($tiers IS NULL OR p.tier IN $tiers)} END) AS registrations
  }
  WITH d, registrations
  RETURN count(d) AS deals,
    collect(CASE WHEN d.source = 'direct' OR size(registrations) > 0 THEN {
        id: d.id, amount: d.amount, source: d.source, createdOn: d.createdOn,
        closedOn: CASE WHEN d.closedOn <= asOf THEN d.closedOn END,
        outcome: CASE WHEN d.closedOn IS NOT NULL AND d.closedOn <= asOf THEN d.outcome ELSE 'open' END,
        direct: d.source = 'direct' AND size(registrations) = 0,
        firstRegistered: CASE WHEN size(registrations) > 0 THEN registrations[0].registeredOn END,
        partnerIds: [x IN registrations | x.partnerId],
        registrations: registrations} END) AS candidates
}
CALL (candidates) {
  UNWIND range(0, size(candidates) - 2) AS i
  UNWIND range(i + 1, size(candidates) - 1) AS j
  WITH candidates[i] AS x, candidates[j] AS y
  WHERE x.firstRegistered IS NOT NULL OR y.firstRegistered IS NOT NULL
  WITH x, y, CASE
    WHEN x.firstRegistered IS NOT NULL AND y.firstRegistered IS NOT NULL
         AND none(p IN x.partnerIds WHERE p IN y.partnerIds)
         AND abs(duration.inDays(x.firstRegistered, y.firstRegistered).days) <= $windowDays THEN 'PARTNER_PARTNER'
    WHEN x.direct AND y.firstRegistered IS NOT NULL
         AND (abs(duration.inDays(x.createdOn, y.firstRegistered).days) <= $windowDays
              OR abs(duration.inDays(x.createdOn, y.createdOn).days) <= $windowDays) THEN 'PARTNER_DIRECT'
    WHEN y.direct AND x.firstRegistered IS NOT NULL
         AND (abs(duration.inDays(y.createdOn, x.firstRegistered).days) <= $windowDays
              OR abs(duration.inDays(y.createdOn, x.createdOn).days) <= $windowDays) THEN 'PARTNER_DIRECT'
  END AS kind
  WHERE kind IS NOT NULL
  RETURN collect({a: x.id, b: y.id, kind: kind}) AS pairs
}
WITH c, deals, candidates, pairs
RETURN count(CASE WHEN deals > 0 THEN 1 END) AS customersWithDeals,
  collect(CASE WHEN size(pairs) > 0 THEN {
      customerId: c.id, customerName: c.name, industry: c.industry, region: c.region, segment: c.segment,
      pairs: pairs,
      deals: [x IN candidates WHERE any(p IN pairs WHERE p.a = x.id OR p.b = x.id)]} END) AS conflicts
