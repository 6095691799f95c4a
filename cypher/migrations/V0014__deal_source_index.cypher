CREATE INDEX deal_source IF NOT EXISTS FOR (n:Deal) ON (n.source)
