// An investment is in one partner: a changed partner_id moves the IN relationship.
UNWIND $rows AS row
MATCH (p:Partner {id: row.partnerId})
MERGE (v:Investment {id: row.id})
SET v += row.props
WITH v, p
CALL (v, p) {
  MATCH (v)-[old:IN]->(other:Partner)
  WHERE other <> p
  DELETE old
}
MERGE (v)-[:IN]->(p)
