// How many audit events match the filter of audit/page (without the cursor).
MATCH (e:AuditEvent)
WHERE ($actor IS NULL OR e.actor = $actor)
  AND ($operations IS NULL OR e.operation IN $operations)
  AND ($outcomes IS NULL OR e.outcome IN $outcomes)
  AND ($nodeId IS NULL OR $nodeId IN e.nodeIds)
  AND ($from IS NULL OR e.at >= $from)
  AND ($to IS NULL OR e.at < $to)
RETURN count(e) AS count
