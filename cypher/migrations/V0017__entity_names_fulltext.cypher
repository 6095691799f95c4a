CREATE FULLTEXT INDEX entityNames IF NOT EXISTS FOR (n:Partner|Customer) ON EACH [n.name]
