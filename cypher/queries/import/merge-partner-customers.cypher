// A partner already serves a customer (partner_customers.csv); unchanged rows are not written.
UNWIND $rows AS row
MATCH (p:Partner {id: row.partnerId})
MATCH (c:Customer {id: row.customerId})
OPTIONAL MATCH (p)-[existing:SERVES]->(c)
WITH row, p, c, existing, existing IS NULL AS created
WITH row, p, c, created, NOT created AND any(k IN keys(row.props) WHERE NOT coalesce(existing[k] = row.props[k], existing[k] IS NULL AND row.props[k] IS NULL)) AS updated
CALL (row, p, c, created, updated) {
  WITH row, p, c, created, updated WHERE created OR updated
  MERGE (p)-[s:SERVES]->(c)
  SET s += row.props
}
RETURN count(CASE WHEN created THEN 1 END) AS created, count(CASE WHEN updated THEN 1 END) AS updated, count(*) AS rows
