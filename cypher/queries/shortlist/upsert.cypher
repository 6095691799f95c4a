// Puts a prospect on the shortlist or changes its entry. $status and $notes are written only when
// $setStatus / $setNotes (a field left out of the input keeps its value; notes sent as null clear them).
MERGE (s:ShortlistEntry {prospectId: $prospectId})
  ON CREATE SET s.status = coalesce($status, 'to_contact'), s.addedBy = $by, s.addedAt = $now
SET s.status = CASE WHEN $setStatus AND $status IS NOT NULL THEN $status ELSE s.status END,
    s.notes = CASE WHEN $setNotes THEN $notes ELSE s.notes END,
    s.updatedBy = $by, s.updatedAt = $now
WITH s
OPTIONAL MATCH (p:Partner {id: s.prospectId})
RETURN s, p
