UNWIND $ids AS id
MATCH (v:Investment {id: id})-[:IN]->(p:Partner)
RETURN id, p
