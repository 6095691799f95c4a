// Partner.customers.totalCount.
COUNT { ({{parent}})-[:SERVES]->(:Customer) }
