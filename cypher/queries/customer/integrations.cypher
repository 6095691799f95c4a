UNWIND $ids AS id
MATCH (c:Customer {id: id})-[:USES]->(i:Integration)
RETURN id, i
ORDER BY i.id
