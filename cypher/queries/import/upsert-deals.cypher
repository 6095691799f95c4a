// A deal is for one customer: a changed customer_id moves the FOR relationship.
// The analytics rollups stay exact: the deal's created months (before and after the write) and the
// rollups of its partners are marked stale in this transaction (rebuilt by rollup/*.cypher).
// Unchanged rows are not written (see upsert-partners), so an identical re-import marks nothing.
UNWIND $rows AS row
MATCH (c:Customer {id: row.customerId})
OPTIONAL MATCH (existing:Deal {id: row.id})
WITH row, c, existing, existing IS NULL AS created
WITH row, c, created, NOT created AND (NOT EXISTS { (existing)-[:FOR]->(c) } OR any(k IN keys(row.props) WHERE NOT coalesce(existing[k] = row.props[k], existing[k] IS NULL AND row.props[k] IS NULL))) AS updated
CALL (row, c, created, updated) {
  WITH row, c, created, updated WHERE created OR updated
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
  UNWIND [day IN [createdBefore, d.createdOn] WHERE day IS NOT NULL] AS day
  WITH DISTINCT date.truncate('month', day) AS month
  MERGE (m:DealMonth {month: month})
  SET m.stale = true
}
RETURN count(CASE WHEN created THEN 1 END) AS created, count(CASE WHEN updated THEN 1 END) AS updated, count(*) AS rows
