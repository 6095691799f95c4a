// Customers from customers.csv; unchanged rows are not written (see upsert-partners).
UNWIND $rows AS row
OPTIONAL MATCH (existing:Customer {id: row.id})
WITH row, existing IS NULL AS created,
     existing IS NOT NULL AND any(k IN keys(row.props) WHERE NOT coalesce(existing[k] = row.props[k], existing[k] IS NULL AND row.props[k] IS NULL)) AS updated
CALL (row, created, updated) {
  WITH row, created, updated WHERE created OR updated
  MERGE (c:Customer {id: row.id})
  SET c += row.props
  SET c.nameKey = toLower(c.name), c.arrKey = coalesce(toFloat(c.arr), -1.0)
}
RETURN count(CASE WHEN created THEN 1 END) AS created, count(CASE WHEN updated THEN 1 END) AS updated, count(*) AS rows
