// Each end is a Partner or a Customer; the importer resolved which (referrerLabel, referredLabel)
// from the ids, so each lookup uses the id constraint's index.
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
MERGE (referrer)-[r:REFERRED]->(referred)
SET r += row.props
