// The saved views of one owner (graph-api savedview/), most recently saved first. A user only ever
// reads their own: the owner is the signed-in caller, never an argument.
MATCH (v:SavedView {owner: $owner})
WHERE $target IS NULL OR v.target = $target
RETURN v
ORDER BY v.updatedAt DESC, v.name
LIMIT $limit
