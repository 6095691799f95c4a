// The status of a partner or prospect by id (no row when the id is unknown).
MATCH (p:Partner {id: $id})
RETURN p.id AS id, p.name AS name, p.status AS status
