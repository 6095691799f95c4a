// Each end is a Partner or a Customer; the importer resolved which (referrerLabel, referredLabel)
// from the ids, so each lookup uses the id constraint's index. Unchanged rows are not written.
UNWIND $rows AS row
CALL (row) {
  OPTIONAL MATCH (p:Partner {id: row.referrerId}) WHERE row.referrerLabel = 'Partner'
  OPTIONAL MATCH (c:Customer {id: row.referrerId}) WHERE row.referrerLabel = 'Customer'
  RETURN coalesce(p, c) AS referrer
}
CALL (row) {
  OPTIONAL MATCH (p:Partner {id: row.referredId}) WHERE row.referredLabel = 'Partner'
  OPTIONAL MATCH (c:Customer {id: row.referredId}) WHERE row.referredLabel = 'Customer'
  RETURN coalesce(p, c) AS referred
}
WITH row, referrer, referred
WHERE referrer IS NOT NULL AND referred IS NOT NULL
OPTIONAL MATCH (referrer)-[existing:REFERRED]->(referred)
WITH row, referrer, referred, existing, existing IS NULL AS created
WITH row, referrer, referred, created, NOT created AND any(k IN keys(row.props) WHERE NOT coalesce(existing[k] = row.props[k], existing[k] IS NULL AND row.props[k] IS NULL)) AS updated
CALL (row, referrer, referred, created, updated) {
  WITH row, referrer, referred, created, updated WHERE created OR updated
  MERGE (referrer)-[r:REFERRED]->(referred)
  SET r += row.props
}
RETURN count(CASE WHEN created THEN 1 END) AS created, count(CASE WHEN updated THEN 1 END) AS updated, count(*) AS rows
