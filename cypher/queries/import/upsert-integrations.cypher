// An integration is built by one partner: a changed partner_id moves the BUILT_BY relationship.
// Unchanged rows are not written (see upsert-partners).
UNWIND $rows AS row
MATCH (p:Partner {id: row.partnerId})
OPTIONAL MATCH (existing:Integration {id: row.id})
WITH row, p, existing, existing IS NULL AS created
WITH row, p, created, NOT created AND (NOT EXISTS { (existing)-[:BUILT_BY]->(p) } OR any(k IN keys(row.props) WHERE NOT coalesce(existing[k] = row.props[k], existing[k] IS NULL AND row.props[k] IS NULL))) AS updated
CALL (row, p, created, updated) {
  WITH row, p, created, updated WHERE created OR updated
  MERGE (i:Integration {id: row.id})
  SET i += row.props
  WITH i, p
  CALL (i, p) {
    MATCH (i)-[old:BUILT_BY]->(other:Partner)
    WHERE other <> p
    DELETE old
  }
  MERGE (i)-[:BUILT_BY]->(p)
}
RETURN count(CASE WHEN created THEN 1 END) AS created, count(CASE WHEN updated THEN 1 END) AS updated, count(*) AS rows
