CREATE INDEX deal_closed_on IF NOT EXISTS FOR (n:Deal) ON (n.closedOn)
