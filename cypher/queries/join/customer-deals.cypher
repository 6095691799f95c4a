// Customer.deals(outcomes, first, after): one page of the customer's deals, by deal id.
COLLECT {
  MATCH ({{node}}:Deal)-[:FOR]->({{parent}})
  WHERE ($outcomes IS NULL OR {{node}}.outcome IN $outcomes)
    AND ($afterId IS NULL OR {{node}}.id > $afterId)
  WITH {{node}}
  ORDER BY {{node}}.id
  LIMIT $limit
  RETURN {{node}} { {{fields}} }
}
