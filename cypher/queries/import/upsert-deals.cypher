// A deal is for one customer: a changed customer_id moves the FOR relationship.
// The analytics rollups stay exact: the deal's created months (before and after the write) and the
// rollups of its partners are marked stale in this transaction (rebuilt by rollup/*.cypher).
UNWIND $rows AS row
MATCH (c:Customer {id: row.customerId})
MERGE (d:Deal {id: row.id})
WITH row, c, d, d.createdOn AS createdBefore
SET d += row.props
WITH d, c, createdBefore
CALL (d, c) {
  MATCH (d)-[old:FOR]->(other:Customer)
  WHERE other <> c
  DELETE old
}
MERGE (d)-[:FOR]->(c)
WITH d, createdBefore
CALL (d) {
  MATCH (d)<-[:SOURCED|INFLUENCED|CO_SOLD]-(p:Partner)
  MERGE (r:PartnerRollup {partnerId: p.id})
  SET r.stale = true
}
UNWIND [created IN [createdBefore, d.createdOn] WHERE created IS NOT NULL] AS created
WITH DISTINCT date.truncate('month', created) AS month
MERGE (m:DealMonth {month: month})
SET m.stale = true
