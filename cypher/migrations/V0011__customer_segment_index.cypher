CREATE INDEX customer_segment IF NOT EXISTS FOR (n:Customer) ON (n.segment)
