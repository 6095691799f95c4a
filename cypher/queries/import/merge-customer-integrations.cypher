UNWIND $rows AS row
MATCH (c:Customer {id: row.customerId})
MATCH (i:Integration {id: row.integrationId})
MERGE (c)-[u:USES]->(i)
SET u += row.props
