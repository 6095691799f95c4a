// Partner.deals(roles, outcomes, first, after): one page of the partner's deals by deal id, with the
// partner's part in each. {{parent}}: the partner; {{node}}: a deal; {{rel}}: the partner's relationship to it.
COLLECT {
  MATCH ({{parent}})-[{{rel}}:SOURCED|INFLUENCED|CO_SOLD]->({{node}}:Deal)
  WHERE ($roles IS NULL OR type({{rel}}) IN $roles)
    AND ($outcomes IS NULL OR {{node}}.outcome IN $outcomes)
    AND ($afterId IS NULL OR {{node}}.id > $afterId)
  WITH {{rel}}, {{node}}
  ORDER BY {{node}}.id
  LIMIT $limit
  RETURN {type: type({{rel}}), relationship: properties({{rel}}), node: {{node}} { {{fields}} }}
}
