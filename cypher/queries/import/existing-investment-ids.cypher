UNWIND $ids AS id
MATCH (n:Investment {id: id})
RETURN n.id AS id
