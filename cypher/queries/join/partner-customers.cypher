// Partner.customers(first, after): one page of the customers the partner serves, by customer id.
COLLECT {
  MATCH ({{parent}})-[:SERVES]->({{node}}:Customer)
  WHERE $afterId IS NULL OR {{node}}.id > $afterId
  WITH {{node}}
  ORDER BY {{node}}.id
  LIMIT $limit
  RETURN {{node}} { {{fields}} }
}
