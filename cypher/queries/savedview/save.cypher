// Creates or replaces a saved view of its owner: the one with $id when given (found by savedview/find
// first), else the one with the same name, else a new one with $newId. The canvas and the filter are
// the typed input serialised as JSON (the graph has no nested properties).
OPTIONAL MATCH (existing:SavedView {id: $id})
WHERE existing.owner = $owner
CALL (existing) {
  WITH existing WHERE existing IS NOT NULL
  RETURN existing AS v
  UNION
  WITH existing WHERE existing IS NULL
  MERGE (v:SavedView {owner: $owner, name: $name})
    ON CREATE SET v.id = $newId, v.createdAt = $now
  RETURN v
}
SET v.name = $name, v.target = $target, v.canvas = $canvas, v.filter = $filter, v.updatedAt = $now
RETURN v
