MATCH (i:Integration {id: $id})
RETURN i
