// Integration.partner: the partner that built the integration.
COLLECT {
  MATCH ({{parent}})-[:BUILT_BY]->({{node}}:Partner)
  RETURN {{node}} { {{fields}} }
  LIMIT 1
}
