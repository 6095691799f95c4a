// Partners and prospects from partners.csv. An empty status means active (the format's default).
// A row that would change nothing (same properties as stored) is not written; the statement
// returns how many rows created a node, updated one, or (the rest) left it unchanged.
UNWIND $rows AS row
OPTIONAL MATCH (existing:Partner {id: row.id})
WITH row, existing IS NULL AS created,
     existing IS NOT NULL AND any(k IN keys(row.props) WHERE NOT coalesce(existing[k] = row.props[k], existing[k] IS NULL AND row.props[k] IS NULL)) AS updated
CALL (row, created, updated) {
  WITH row, created, updated WHERE created OR updated
  MERGE (p:Partner {id: row.id})
  SET p += row.props
  SET p.nameKey = toLower(p.name)
  SET p.status = coalesce(p.status, 'active')
}
RETURN count(CASE WHEN created THEN 1 END) AS created, count(CASE WHEN updated THEN 1 END) AS updated, count(*) AS rows
