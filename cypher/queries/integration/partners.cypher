UNWIND $ids AS id
MATCH (i:Integration {id: id})-[:BUILT_BY]->(p:Partner)
RETURN id, p
