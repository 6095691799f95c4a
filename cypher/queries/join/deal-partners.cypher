// Deal.partners: the partners on the deal with their role and registration, by partner id
// ({{types}}: every role).
COLLECT {
  MATCH ({{parent}})<-[{{rel}}:{{types}}]-({{node}}:Partner)
  WITH {{rel}}, {{node}}
  ORDER BY {{node}}.id, type({{rel}})
  RETURN {type: type({{rel}}), relationship: {{relationship}}, node: {{node}} { {{fields}} }}
}
