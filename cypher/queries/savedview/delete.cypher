// Deletes one saved view of its owner; 0 when the id names none of theirs.
OPTIONAL MATCH (v:SavedView {id: $id})
WHERE v.owner = $owner
DELETE v
RETURN count(v) AS deleted
