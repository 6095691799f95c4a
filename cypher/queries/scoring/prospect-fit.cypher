// Ecosystem-fit components of every prospect, each in [0, 1], for the recruiters' ranking (blended
// with the Ideal Partner Profile probability in the service):
// - customerOverlap: share of active partners that serve fewer of our customers than the prospect;
// - segmentCoverage: share of the customers it serves that sit in under-represented segments (an
//   industry and region cell where fewer of our customers are served by an active partner than
//   overall); for a prospect serving none, the share of its own industry-and-region cells that are
//   under-represented;
// - referralProximity: 1 / referral hops (either direction, up to 3) to the nearest top performer
//   (an active partner with sourced + co-sold won revenue >= $topRevenue in the $windowMonths
//   before the snapshot date), 0 when none is that close.
MATCH (e:Ecosystem {key: 'default'})
WITH e.snapshotDate AS asOf
CALL (asOf) {
  MATCH (t:Partner {status: 'active'})-[r:SOURCED|CO_SOLD]->(d:Deal {outcome: 'won'})
  WHERE d.closedOn > asOf - duration({months: $windowMonths}) AND d.closedOn <= asOf
  WITH t, sum(d.amount) AS revenue
  WHERE revenue >= $topRevenue
  RETURN collect(t) AS tops
}
CALL () {
  MATCH (c:Customer)
  WHERE c.industry IS NOT NULL AND c.region IS NOT NULL
  WITH c, EXISTS { (:Partner {status: 'active'})-[:SERVES]->(c) } AS served
  WITH c.industry + '|' + c.region AS cell, count(*) AS customers, sum(CASE WHEN served THEN 1 ELSE 0 END) AS covered
  WITH collect({cell: cell, coverage: toFloat(covered) / customers}) AS cells, toFloat(sum(covered)) / sum(customers) AS overall
  RETURN [x IN cells WHERE x.coverage < overall | x.cell] AS underRepresented
}
// How many active partners serve each number of customers, ascending: a prospect's overlap is then a
// sum over the distinct counts (a few hundred), not a scan of every active partner per prospect,
// which at 100x (30,000 partners, 10,000 prospects) ran past the transaction timeout.
CALL () {
  MATCH (a:Partner {status: 'active'})
  WITH COUNT { (a)-[:SERVES]->(:Customer) } AS n
  WITH n, count(*) AS partners
  ORDER BY n
  RETURN collect({n: n, partners: partners}) AS activeServed, sum(partners) AS activePartners
}
MATCH (q:Partner {status: 'prospect'})
CALL (q, underRepresented) {
  OPTIONAL MATCH (q)-[:SERVES]->(c:Customer)
  WITH count(c) AS served,
       count(CASE WHEN c.industry + '|' + c.region IN underRepresented THEN 1 END) AS inUnder
  RETURN served, inUnder
}
CALL (q, tops) {
  OPTIONAL MATCH path = (q)-[:REFERRED*1..3]-(t:Partner)
  WHERE t IN tops AND t <> q
  RETURN min(length(path)) AS hops
}
WITH q, served, inUnder, hops, underRepresented, activeServed, activePartners,
     [ind IN coalesce(q.industries, []) | ind + '|' + coalesce(q.region, '')] AS ownCells
RETURN q.id AS id,
       served,
       CASE WHEN activePartners = 0 THEN 0.0
            ELSE toFloat(reduce(fewer = 0, h IN activeServed | fewer + CASE WHEN h.n < served THEN h.partners ELSE 0 END))
                 / activePartners END AS customerOverlap,
       CASE WHEN served > 0 THEN toFloat(inUnder) / served
            WHEN size(ownCells) = 0 THEN 0.0
            ELSE toFloat(size([x IN ownCells WHERE x IN underRepresented])) / size(ownCells) END AS segmentCoverage,
       hops,
       CASE WHEN hops IS NULL THEN 0.0 ELSE 1.0 / hops END AS referralProximity
ORDER BY id
