// Deal.customer: the customer the deal is for.
COLLECT {
  MATCH ({{parent}})-[:FOR]->({{node}}:Customer)
  RETURN {{node}} { {{fields}} }
  LIMIT 1
}
