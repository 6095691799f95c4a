UNWIND $ids AS id
MATCH (p:Partner {id: id})
RETURN p
