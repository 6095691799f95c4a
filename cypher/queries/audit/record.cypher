// One audit event (graph-api audit/AuditTrail): who did what to which nodes, when, and how it ended.
// Written in the transaction of the change it records, so a rolled-back change leaves none.
CREATE (:AuditEvent {id: $id, at: $at, actor: $actor, credential: $credential, role: $role, operation: $operation,
  nodeIds: $nodeIds, summary: $summary, outcome: $outcome})
