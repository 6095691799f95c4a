// Integration.customers(first, after): one page of the customers using the integration, by customer id.
COLLECT {
  MATCH ({{node}}:Customer)-[:USES]->({{parent}})
  WHERE $afterId IS NULL OR {{node}}.id > $afterId
  WITH {{node}}
  ORDER BY {{node}}.id
  LIMIT $limit
  RETURN {{node}} { {{fields}} }
}
