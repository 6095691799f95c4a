// The partners already serving each customer (account overlap).
UNWIND $ids AS id
MATCH (c:Customer {id: id})<-[:SERVES]-(p:Partner)
RETURN id, p
ORDER BY p.id
