UNWIND $ids AS id
MATCH (n:Customer {id: id})
RETURN n.id AS id
