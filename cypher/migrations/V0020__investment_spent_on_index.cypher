CREATE INDEX investment_spent_on IF NOT EXISTS FOR (n:Investment) ON (n.spentOn)
