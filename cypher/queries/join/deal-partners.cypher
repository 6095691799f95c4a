// Deal.partners: the partners on the deal with their role and registration, by partner id.
COLLECT {
  MATCH ({{parent}})<-[{{rel}}:SOURCED|INFLUENCED|CO_SOLD]-({{node}}:Partner)
  WITH {{rel}}, {{node}}
  ORDER BY {{node}}.id, type({{rel}})
  RETURN {type: type({{rel}}), relationship: properties({{rel}}), node: {{node}} { {{fields}} }}
}
