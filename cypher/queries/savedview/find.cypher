// One saved view of an owner, by id or by name (either may be null), and how many the owner has.
// A view of another owner is never found.
OPTIONAL MATCH (byId:SavedView {id: $id})
WHERE byId.owner = $owner
OPTIONAL MATCH (byName:SavedView {owner: $owner, name: $name})
RETURN byId, byName, COUNT { (v:SavedView {owner: $owner}) } AS owned
