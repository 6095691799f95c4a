// An investment is in one partner: a changed partner_id moves the IN relationship. The analytics
// rollups of both partners are marked stale in this transaction. Unchanged rows are not written
// (see upsert-partners), so an identical re-import leaves the rollups as they are.
UNWIND $rows AS row
MATCH (p:Partner {id: row.partnerId})
OPTIONAL MATCH (existing:Investment {id: row.id})
WITH row, p, existing, existing IS NULL AS created
WITH row, p, created, NOT created AND (NOT EXISTS { (existing)-[:IN]->(p) } OR any(k IN keys(row.props) WHERE NOT coalesce(existing[k] = row.props[k], existing[k] IS NULL AND row.props[k] IS NULL))) AS updated
CALL (row, p, created, updated) {
  WITH row, p, created, updated WHERE created OR updated
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
  MERGE (rollup:PartnerRollup {partnerId: p.id})
  SET rollup.stale = true
}
RETURN count(CASE WHEN created THEN 1 END) AS created, count(CASE WHEN updated THEN 1 END) AS updated, count(*) AS rows
