// A deal is for one customer: a changed customer_id moves the FOR relationship.
UNWIND $rows AS row
MATCH (c:Customer {id: row.customerId})
MERGE (d:Deal {id: row.id})
SET d += row.props
WITH d, c
CALL (d, c) {
  MATCH (d)-[old:FOR]->(other:Customer)
  WHERE other <> c
  DELETE old
}
MERGE (d)-[:FOR]->(c)
