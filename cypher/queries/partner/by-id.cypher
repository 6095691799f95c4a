MATCH (p:Partner {id: $id})
RETURN p
