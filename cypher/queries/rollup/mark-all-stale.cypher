// Marks every rollup stale, for data written around the service's statements (e.g. a Cypher
// fixture or script): the next refresh rebuilds them all. Same as migrations V0022 and V0023.
CALL () {
  MATCH (d:Deal)
  WHERE d.createdOn IS NOT NULL
  WITH DISTINCT date.truncate('month', d.createdOn) AS month
  MERGE (m:DealMonth {month: month})
  SET m.stale = true
}
CALL () {
  MATCH (p:Partner)
  WHERE EXISTS { (p)-[:SOURCED|INFLUENCED|CO_SOLD]->(:Deal) } OR EXISTS { (p)<-[:IN]-(:Investment) }
  MERGE (r:PartnerRollup {partnerId: p.id})
  SET r.stale = true
}
