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
// Every collision involves a registered deal, so only customers with one are looked at, and of
// their direct deals only those within the window of one of their registered deals (at 100x this
// reads 270,000 registered deals instead of every one of 1.2 million deals' partners).
WITH $asOf AS asOf
CALL (asOf) {
  MATCH (c:Customer)
  WHERE EXISTS { MATCH (c)<-[:FOR]-(d:Deal) WHERE d.createdOn <= asOf AND ($from IS NULL OR d.createdOn >= $from) }
  RETURN count(c) AS customersWithDeals
}
// the conflicts (one row also without any)
CALL (asOf) {
  // the registered deals of the period, with their registrations (earliest first), per customer
  CALL (asOf) {
    MATCH (:Partner)-[r:SOURCED|CO_SOLD]->(d:Deal)
    WHERE r.registeredOn IS NOT NULL AND r.registeredOn <= asOf AND coalesce(r.registrationStage, '') <> 'unregistered'
    WITH DISTINCT d
    WHERE d.createdOn <= asOf AND ($from IS NULL OR d.createdOn >= $from)
    CALL (d, asOf) {
      MATCH (p:Partner)-[r:SOURCED|CO_SOLD]->(d)
      WHERE r.registeredOn IS NOT NULL AND r.registeredOn <= asOf AND coalesce(r.registrationStage, '') <> 'unregistered'
      WITH p, r
      ORDER BY r.registeredOn, p.id
      RETURN collect({
          partnerId: p.id, partnerName: p.name, partnerType: p.type, role: type(r), registeredOn: r.registeredOn,
          stage: r.registrationStage,
          matches: ($types IS NULL OR p.type IN $types) AND ($regions IS NULL OR p.region IN $regions)
                   AND ($tiers IS NULL OR p.tier IN $tiers)}) AS registrations
    }
    MATCH (d)-[:FOR]->(c:Customer)
    RETURN c, collect({
        id: d.id, amount: d.amount, source: d.source, createdOn: d.createdOn,
        closedOn: CASE WHEN d.closedOn <= asOf THEN d.closedOn END,
        outcome: CASE WHEN d.closedOn IS NOT NULL AND d.closedOn <= asOf THEN d.outcome ELSE 'open' END,
        direct: false, firstRegistered: registrations[0].registeredOn,
        partnerIds: [x IN registrations | x.partnerId], registrations: registrations}) AS registered
  }
  // the customer's direct deals (none of whose registrations counts) near one of its registered deals
  CALL (c, asOf, registered) {
    MATCH (c)<-[:FOR]-(d:Deal)
    WHERE d.source = 'direct' AND d.createdOn <= asOf AND ($from IS NULL OR d.createdOn >= $from)
      AND NOT d.id IN [x IN registered | x.id]
      AND any(x IN registered WHERE abs(duration.inDays(d.createdOn, x.firstRegistered).days) <= $windowDays
                               OR abs(duration.inDays(d.createdOn, x.createdOn).days) <= $windowDays)
    RETURN collect({
        id: d.id, amount: d.amount, source: d.source, createdOn: d.createdOn,
        closedOn: CASE WHEN d.closedOn <= asOf THEN d.closedOn END,
        outcome: CASE WHEN d.closedOn IS NOT NULL AND d.closedOn <= asOf THEN d.outcome ELSE 'open' END,
        direct: true, firstRegistered: null, partnerIds: [], registrations: []}) AS direct
  }
  WITH c, registered + direct AS candidates
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
  WITH c, candidates, pairs
  RETURN collect(CASE WHEN size(pairs) > 0 THEN {
        customerId: c.id, customerName: c.name, industry: c.industry, region: c.region, segment: c.segment,
        pairs: pairs,
        deals: [x IN candidates WHERE any(p IN pairs WHERE p.a = x.id OR p.b = x.id)]} END) AS conflicts
}
RETURN customersWithDeals, conflicts
