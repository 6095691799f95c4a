CREATE INDEX deal_outcome IF NOT EXISTS FOR (n:Deal) ON (n.outcome)
