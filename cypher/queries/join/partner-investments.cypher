// Partner.investments: what we invested in the partner, newest first.
COLLECT {
  MATCH ({{parent}})<-[:IN]-({{node}}:Investment)
  WITH {{node}}
  ORDER BY {{node}}.spentOn DESC, {{node}}.id
  RETURN {{node}} { {{fields}} }
}
