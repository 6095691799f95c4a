CREATE INDEX deal_created_on IF NOT EXISTS FOR (n:Deal) ON (n.createdOn)
