// Customer.deals(outcomes).totalCount.
COUNT {
  MATCH ({{node}}:Deal)-[:FOR]->({{parent}})
  WHERE $outcomes IS NULL OR {{node}}.outcome IN $outcomes
}
