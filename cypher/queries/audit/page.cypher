// A page of the audit trail, newest first, after the cursor (at, id) of the last event seen.
// Every filter is optional (null = no condition).
MATCH (e:AuditEvent)
WHERE ($actor IS NULL OR e.actor = $actor)
  AND ($operations IS NULL OR e.operation IN $operations)
  AND ($outcomes IS NULL OR e.outcome IN $outcomes)
  AND ($nodeId IS NULL OR $nodeId IN e.nodeIds)
  AND ($from IS NULL OR e.at >= $from)
  AND ($to IS NULL OR e.at < $to)
  AND ($afterAt IS NULL OR e.at < $afterAt OR (e.at = $afterAt AND e.id < $afterId))
RETURN e
ORDER BY e.at DESC, e.id DESC
LIMIT $limit
