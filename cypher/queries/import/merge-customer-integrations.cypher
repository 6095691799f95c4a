// A customer uses an integration (customer_integrations.csv); unchanged rows are not written.
UNWIND $rows AS row
MATCH (c:Customer {id: row.customerId})
MATCH (i:Integration {id: row.integrationId})
OPTIONAL MATCH (c)-[existing:USES]->(i)
WITH row, c, i, existing, existing IS NULL AS created
WITH row, c, i, created, NOT created AND any(k IN keys(row.props) WHERE NOT coalesce(existing[k] = row.props[k], existing[k] IS NULL AND row.props[k] IS NULL)) AS updated
CALL (row, c, i, created, updated) {
  WITH row, c, i, created, updated WHERE created OR updated
  MERGE (c)-[u:USES]->(i)
  SET u += row.props
}
RETURN count(CASE WHEN created THEN 1 END) AS created, count(CASE WHEN updated THEN 1 END) AS updated, count(*) AS rows
