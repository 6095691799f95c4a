// Customer.integrations: the integrations the customer uses, by id.
COLLECT {
  MATCH ({{parent}})-[:USES]->({{node}}:Integration)
  WITH {{node}}
  ORDER BY {{node}}.id
  RETURN {{node}} { {{fields}} }
}
