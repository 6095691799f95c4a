// Whether a partner (or prospect) with this id exists.
RETURN EXISTS { MATCH (p:Partner {id: $id}) } AS found
