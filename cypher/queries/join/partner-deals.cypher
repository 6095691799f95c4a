// Partner.deals(roles, outcomes, first, after): one page of the partner's deals by deal id, with the
// partner's part in each. {{parent}}: the partner; {{node}}: a deal; {{rel}}: the partner's relationship to it;
// {{types}}: the roles asked for (all three when none), so only those relationships are expanded.
COLLECT {
  MATCH ({{parent}})-[{{rel}}:{{types}}]->({{node}}:Deal)
  WHERE ($outcomes IS NULL OR {{node}}.outcome IN $outcomes)
    AND ($afterId IS NULL OR {{node}}.id > $afterId)
  WITH {{rel}}, {{node}}
  ORDER BY {{node}}.id
  LIMIT $limit
  RETURN {type: type({{rel}}), relationship: {{relationship}}, node: {{node}} { {{fields}} }}
}
