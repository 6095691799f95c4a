UNWIND $ids AS id
MATCH (d:Deal {id: id})-[:FOR]->(c:Customer)
RETURN id, c
