// Partner.integrations: the integrations the partner built, by id.
COLLECT {
  MATCH ({{parent}})<-[:BUILT_BY]-({{node}}:Integration)
  WITH {{node}}
  ORDER BY {{node}}.id
  RETURN {{node}} { {{fields}} }
}
