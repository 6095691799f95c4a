MATCH (v:Investment {id: $id})
RETURN v
