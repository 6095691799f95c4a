// The recruiting team's shortlist (graph-api shortlist/), most recently changed first, with the
// prospect each entry names (null when it was deleted from the graph since).
MATCH (s:ShortlistEntry)
WHERE $statuses IS NULL OR s.status IN $statuses
OPTIONAL MATCH (p:Partner {id: s.prospectId})
RETURN s, p
ORDER BY s.updatedAt DESC, s.prospectId
LIMIT $limit
