// Integration.customers.totalCount.
COUNT { (:Customer)-[:USES]->({{parent}}) }
