// An integration is built by one partner: a changed partner_id moves the BUILT_BY relationship.
UNWIND $rows AS row
MATCH (p:Partner {id: row.partnerId})
MERGE (i:Integration {id: row.id})
SET i += row.props
WITH i, p
CALL (i, p) {
  MATCH (i)-[old:BUILT_BY]->(other:Partner)
  WHERE other <> p
  DELETE old
}
MERGE (i)-[:BUILT_BY]->(p)
