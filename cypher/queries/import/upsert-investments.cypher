// An investment is in one partner: a changed partner_id moves the IN relationship. The analytics
// rollups of both partners are marked stale in this transaction.
UNWIND $rows AS row
MATCH (p:Partner {id: row.partnerId})
MERGE (v:Investment {id: row.id})
SET v += row.props
WITH v, p
CALL (v, p) {
  MATCH (v)-[old:IN]->(other:Partner)
  WHERE other <> p
  DELETE old
  MERGE (previous:PartnerRollup {partnerId: other.id})
  SET previous.stale = true
}
MERGE (v)-[:IN]->(p)
WITH DISTINCT p
MERGE (rollup:PartnerRollup {partnerId: p.id})
SET rollup.stale = true
