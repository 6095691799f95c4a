// Customer.partners: the partners already serving the customer (account overlap), by id.
COLLECT {
  MATCH ({{parent}})<-[:SERVES]-({{node}}:Partner)
  WITH {{node}}
  ORDER BY {{node}}.id
  RETURN {{node}} { {{fields}} }
}
