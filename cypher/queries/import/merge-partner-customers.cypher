UNWIND $rows AS row
MATCH (p:Partner {id: row.partnerId})
MATCH (c:Customer {id: row.customerId})
MERGE (p)-[s:SERVES]->(c)
SET s += row.props
