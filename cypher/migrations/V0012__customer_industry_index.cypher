CREATE INDEX customer_industry IF NOT EXISTS FOR (n:Customer) ON (n.industry)
