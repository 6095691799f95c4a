UNWIND $ids AS id
MATCH (n:Deal {id: id})
RETURN n.id AS id
