// Partner.deals(roles, outcomes).totalCount: how many of the partner's deals match.
COUNT {
  MATCH ({{parent}})-[{{rel}}:{{types}}]->({{node}}:Deal)
  WHERE $outcomes IS NULL OR {{node}}.outcome IN $outcomes
}
