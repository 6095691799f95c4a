MATCH (c:Customer {id: $id})
RETURN c
