// Investment.partner: the partner invested in.
COLLECT {
  MATCH ({{parent}})-[:IN]->({{node}}:Partner)
  RETURN {{node}} { {{fields}} }
  LIMIT 1
}
