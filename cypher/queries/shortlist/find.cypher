// What a shortlist change needs to know: the partner the id names (and whether it is a prospect),
// the entry for it if there is one, and how long the shortlist is.
OPTIONAL MATCH (p:Partner {id: $prospectId})
OPTIONAL MATCH (s:ShortlistEntry {prospectId: $prospectId})
RETURN p.status AS status, s, COUNT { (:ShortlistEntry) } AS entries
