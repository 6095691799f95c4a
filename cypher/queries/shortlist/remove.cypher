// Takes a prospect off the shortlist; 0 when it was not on it.
OPTIONAL MATCH (s:ShortlistEntry {prospectId: $prospectId})
DELETE s
RETURN count(s) AS removed
