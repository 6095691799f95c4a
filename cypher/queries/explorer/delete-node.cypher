// Deletes one node of a kind (label from the NodeKind allowlist) with its relationships.
CALL () {
  MATCH (n:Partner {id: $id}) WHERE $label = 'Partner' RETURN n
  UNION
  MATCH (n:Customer {id: $id}) WHERE $label = 'Customer' RETURN n
  UNION
  MATCH (n:Integration {id: $id}) WHERE $label = 'Integration' RETURN n
  UNION
  MATCH (n:Deal {id: $id}) WHERE $label = 'Deal' RETURN n
  UNION
  MATCH (n:Investment {id: $id}) WHERE $label = 'Investment' RETURN n
}
DETACH DELETE n
