// The nodes the explorer starts from. Each seed names an id and optionally its label (from the
// NodeKind allowlist); ids are looked up per label through the id constraints.
UNWIND $seeds AS seed
CALL (seed) {
  MATCH (n:Partner {id: seed.id}) WHERE seed.label IS NULL OR seed.label = 'Partner' RETURN n
  UNION
  MATCH (n:Customer {id: seed.id}) WHERE seed.label IS NULL OR seed.label = 'Customer' RETURN n
  UNION
  MATCH (n:Integration {id: seed.id}) WHERE seed.label IS NULL OR seed.label = 'Integration' RETURN n
  UNION
  MATCH (n:Deal {id: seed.id}) WHERE seed.label IS NULL OR seed.label = 'Deal' RETURN n
  UNION
  MATCH (n:Investment {id: seed.id}) WHERE seed.label IS NULL OR seed.label = 'Investment' RETURN n
}
RETURN elementId(n) AS elementId, n AS node, COUNT { (n)--() } AS degree
