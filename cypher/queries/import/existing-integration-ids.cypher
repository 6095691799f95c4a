UNWIND $ids AS id
MATCH (n:Integration {id: id})
RETURN n.id AS id
