UNWIND $ids AS id
MATCH (p:Partner {id: id})<-[:BUILT_BY]-(i:Integration)
RETURN id, i
ORDER BY i.id
