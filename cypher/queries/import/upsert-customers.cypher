UNWIND $rows AS row
MERGE (c:Customer {id: row.id})
SET c += row.props
