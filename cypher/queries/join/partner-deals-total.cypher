// Partner.deals(roles, outcomes).totalCount: how many of the partner's deals match.
COUNT {
  MATCH ({{parent}})-[{{rel}}:SOURCED|INFLUENCED|CO_SOLD]->({{node}}:Deal)
  WHERE ($roles IS NULL OR type({{rel}}) IN $roles)
    AND ($outcomes IS NULL OR {{node}}.outcome IN $outcomes)
}
