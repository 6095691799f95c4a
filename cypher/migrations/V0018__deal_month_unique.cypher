CREATE CONSTRAINT deal_month_unique IF NOT EXISTS FOR (n:DealMonth) REQUIRE n.month IS UNIQUE
