CREATE INDEX customer_name_key IF NOT EXISTS FOR (n:Customer) ON (n.nameKey)
